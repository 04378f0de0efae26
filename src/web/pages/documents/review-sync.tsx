import { Box } from '@mantine/core';
import { createContext, type ReactNode, useContext } from 'react';
import type { MarkType } from './review-model.ts';

/** Mantine colour of each kind of highlight, used by the text, the legend and the form alike. */
export const MARK_COLORS: Record<MarkType, string> = {
  meta: 'blue',
  citation: 'grape',
  task: 'green',
  deadline: 'red',
  target: 'orange',
};

interface ReviewSyncValue {
  /** The field last picked in the text or focused in the form. */
  activeKey: string | null;
  /** Keys of fields with a problem to fix. */
  errorKeys: ReadonlySet<string>;
}

const ReviewSyncContext = createContext<ReviewSyncValue>({ activeKey: null, errorKeys: new Set() });

/** Shares the active field and the fields in error between the text and the form. */
export const ReviewSyncProvider = ReviewSyncContext.Provider;

/** True when `errorKey` (e.g. `task-p3-lead`) belongs to the field `key` (`task-p3`). */
export function isErrorOf(key: string, errorKey: string): boolean {
  return errorKey === key || errorKey.startsWith(`${key}-`);
}

/**
 * Wraps a form field that a highlight points to. `data-review-key` lets a click in the text find
 * it; focusing inside it tells the text which highlight to show. The active one gets a ring.
 */
export function ReviewField({
  fieldKey,
  type,
  children,
}: {
  fieldKey: string;
  type: MarkType;
  children: ReactNode;
}) {
  const { activeKey, errorKeys } = useContext(ReviewSyncContext);
  const isActive = activeKey === fieldKey;
  const hasError = [...errorKeys].some((errorKey) => isErrorOf(fieldKey, errorKey));
  return (
    <Box
      data-review-key={fieldKey}
      data-review-error={hasError || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        boxShadow: isActive ? `0 0 0 2px var(--mantine-color-${MARK_COLORS[type]}-5)` : undefined,
        transition: 'box-shadow 150ms ease',
        scrollMarginTop: 80,
      }}
    >
      {children}
    </Box>
  );
}
