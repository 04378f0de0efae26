import { Anchor, Button, Card, Group, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ChildNarrative, ReportForm } from '../../api/reports.ts';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { HtmlView } from './html-view.tsx';
import { ReportStateBadge } from './report-badges.tsx';
import { isBlankHtml, sectionNumber } from './report-values.ts';

/**
 * "Báo cáo của cấp dưới": what each unit below wrote for the section being edited, with a button
 * that copies it into the parent's own text, where the officer then condenses and edits it.
 */
export function ChildNarrativesPanel({
  sections,
  narratives,
  sectionKey,
  onSectionChange,
  onInsert,
}: {
  sections: ReportForm['sections'];
  narratives: ChildNarrative[];
  sectionKey: string;
  onSectionChange: (key: string) => void;
  onInsert: (html: string) => void;
}) {
  const t = useReportsT();
  const section = sections.find((s) => s.key === sectionKey) ?? sections[0];
  return (
    <Card withBorder padding="md" component="aside" aria-labelledby="child-narratives-title">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" id="child-narratives-title">
            {t('children.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('children.hint')}
          </Text>
        </div>
        <Select
          label={t('children.section')}
          data={sections.map((s, index) => ({
            value: s.key,
            label: `${sectionNumber(index)}. ${s.heading}`,
          }))}
          value={section?.key ?? null}
          onChange={(value) => value && onSectionChange(value)}
          allowDeselect={false}
        />
        {narratives.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('children.none')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="70vh" type="auto" offsetScrollbars>
            <Stack gap="md">
              {narratives.map((child) => {
                const html = section ? (child.sections[section.key] ?? '') : '';
                const isBlank = isBlankHtml(html);
                return (
                  <Stack
                    key={child.reportId}
                    gap={6}
                    data-testid="child-narrative"
                    data-unit={child.unitName}
                    style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 8 }}
                  >
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Anchor component={Link} to={`/bao-cao/${child.reportId}`} fw={600} size="sm">
                        {child.unitName}
                      </Anchor>
                      <ReportStateBadge state={child.state === 'accepted' ? 'accepted' : 'submitted'} />
                    </Group>
                    {isBlank ? (
                      <Text size="sm" c="dimmed">
                        {t('children.sectionEmpty')}
                      </Text>
                    ) : (
                      <HtmlView html={html} />
                    )}
                    <Group>
                      <Button
                        size="xs"
                        variant="light"
                        disabled={isBlank}
                        onClick={() => onInsert(html)}
                        aria-label={t('children.insertLabel', {
                          unit: child.unitName,
                          section: section?.heading ?? '',
                        })}
                      >
                        {t('children.insert')}
                      </Button>
                    </Group>
                  </Stack>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Card>
  );
}
