import { Box } from '@mantine/core';
import { type MouseEvent, memo, type Ref } from 'react';
import type { TextSegment } from './review-model.ts';
import { MARK_COLORS } from './review-sync.tsx';

/**
 * The original text with every extracted value highlighted at its span. A click on a highlight
 * answers the innermost field under the pointer; the container scrolls on its own so the form
 * beside it stays where it is.
 */
export const ReviewText = memo(function ReviewText({
  body,
  segments,
  activeKey,
  labelOf,
  onPick,
  containerRef,
  label,
}: {
  body: string;
  segments: readonly TextSegment[];
  activeKey: string | null;
  labelOf: (key: string) => string;
  onPick: (key: string) => void;
  containerRef: Ref<HTMLDivElement>;
  label: string;
}) {
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as HTMLElement).closest('mark[data-keys]');
    const key = mark?.getAttribute('data-keys')?.split(' ')[0];
    if (key) onPick(key);
  };
  return (
    // Clicks are delegated here; for the keyboard, focusing a form field shows its highlight.
    <Box
      ref={containerRef}
      onClick={handleClick}
      role="document"
      aria-label={label}
      data-testid="review-text"
      tabIndex={0}
      style={{
        position: 'relative',
        overflowY: 'auto',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        fontFamily: '"Times New Roman", Times, "Liberation Serif", serif',
        fontSize: 15,
        lineHeight: 1.6,
      }}
      h="100%"
      p="sm"
    >
      {segments.map((segment) => {
        const text = body.slice(segment.start, segment.end);
        if (!segment.type) return <span key={segment.start}>{text}</span>;
        const color = MARK_COLORS[segment.type];
        const isActive = activeKey !== null && segment.keys.includes(activeKey);
        return (
          <mark
            key={segment.start}
            data-keys={segment.keys.join(' ')}
            data-type={segment.type}
            title={labelOf(segment.keys[0]!)}
            style={{
              color: 'inherit',
              padding: 0,
              cursor: 'pointer',
              backgroundColor: `var(--mantine-color-${color}-${isActive ? 3 : 1})`,
              borderBottom: `2px solid var(--mantine-color-${color}-6)`,
            }}
          >
            {text}
          </mark>
        );
      })}
    </Box>
  );
});
