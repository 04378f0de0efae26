import { Anchor, Badge, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { ChevronIcon } from '../../components/chevron-icon.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { unitKindLabel } from '../../i18n/labels.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';

/** What the tree needs to show one unit; the root (from the session) has no child count. */
export interface TreeUnit {
  id: number;
  name: string;
  kind: string;
  code: string;
  validTo?: string | null;
  /** Unknown for the root: it is always expandable. */
  childCount?: number;
}

const INDENT = 20;

function UnitChildren({ parentId, depth, historic }: { parentId: number; depth: number; historic: boolean }) {
  const t = useT();
  const children = useUnitChildren(parentId, historic);
  const padding = (depth + 1) * INDENT + 26;
  if (children.isPending) {
    return (
      <Group gap="xs" pl={padding} py={4} role="status">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      </Group>
    );
  }
  if (children.isError) {
    return (
      <div style={{ paddingLeft: padding }}>
        <ErrorAlert error={children.error} />
      </div>
    );
  }
  if (children.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" pl={padding} py={4}>
        {t('units.tree.noChildren')}
      </Text>
    );
  }
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {sortUnitsForDisplay(children.data.items).map((child) => (
        <UnitTreeNode key={child.id} unit={child} depth={depth + 1} historic={historic} />
      ))}
    </ul>
  );
}

/** One unit row: a toggle that loads its children on demand, and a link to its page. */
export function UnitTreeNode({
  unit,
  depth,
  historic,
  isInitiallyOpen = false,
}: {
  unit: TreeUnit;
  depth: number;
  historic: boolean;
  isInitiallyOpen?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  const hasChildren = unit.childCount === undefined || unit.childCount > 0;
  return (
    <li>
      <Group gap={6} wrap="nowrap" pl={depth * INDENT} py={3}>
        {hasChildren ? (
          <UnstyledButton
            onClick={() => setIsOpen((open) => !open)}
            aria-expanded={isOpen}
            aria-label={t(isOpen ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.name })}
            w={20}
            h={20}
            style={{
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              borderRadius: 4,
            }}
          >
            <ChevronIcon isOpen={isOpen} />
          </UnstyledButton>
        ) : (
          <span style={{ width: 20, flex: 'none' }} />
        )}
        <Anchor component={Link} to={`/don-vi/${unit.id}`} size="sm" fw={depth === 0 ? 600 : 400}>
          {unit.name}
        </Anchor>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {unitKindLabel(unit.kind, t)} · {t('units.codeShort', { code: unit.code })}
          {unit.childCount
            ? ` · ${t('units.tree.childCount', { count: format.number(unit.childCount) })}`
            : ''}
        </Text>
        {unit.validTo ? (
          <Badge size="xs" variant="outline" color="gray">
            {t('units.historicUntil', { date: format.date(unit.validTo) })}
          </Badge>
        ) : null}
      </Group>
      {isOpen && hasChildren ? <UnitChildren parentId={unit.id} depth={depth} historic={historic} /> : null}
    </li>
  );
}

/** The unit tree rooted at the user's own unit; children load as branches open. */
export function UnitTree({ root, historic }: { root: TreeUnit; historic: boolean }) {
  const t = useT();
  return (
    <nav aria-label={t('units.tree.label')}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="unit-tree">
        <UnitTreeNode unit={root} depth={0} historic={historic} isInitiallyOpen />
      </ul>
    </nav>
  );
}
