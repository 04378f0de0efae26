import { Typography } from '@mantine/core';
import { createElement, Fragment, type ReactNode, useMemo } from 'react';
import { NARRATIVE_TAGS } from '../../../shared/narrative-tags.ts';

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const children = [...node.childNodes].map(toReact);
  const tag = (node as Element).tagName.toLowerCase();
  if (!NARRATIVE_TAGS.has(tag)) return createElement(Fragment, { key }, ...children);
  if (tag === 'br') return createElement('br', { key });
  return createElement(tag, { key }, ...children);
}

/**
 * Turns narrative HTML into React elements, keeping only the allowed tags and no attribute. The
 * server already sanitises what it stores; rebuilding the tree here rather than injecting markup
 * keeps the page safe even if that ever slipped. DOMParser's document is inert: nothing runs or loads.
 */
export function narrativeNodes(html: string): ReactNode[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.body.childNodes].map(toReact);
}

/** A narrative section as formatted text (bold, lists, headings), read-only. */
export function HtmlView({ html, testId }: { html: string; testId?: string }) {
  const nodes = useMemo(() => narrativeNodes(html), [html]);
  return (
    <Typography fz="sm" data-testid={testId}>
      {nodes}
    </Typography>
  );
}
