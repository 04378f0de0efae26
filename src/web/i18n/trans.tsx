import { Fragment, type ReactNode } from 'react';
import { useT } from './language-provider.tsx';
import type { MessageKey } from './translate.ts';

/** A piece of a message template: literal text or a `{name}` placeholder. */
export type TemplatePart = { text: string } | { name: string };

/** Splits a template into text and `{name}` parts, keeping their order. */
export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** A message whose placeholders are React nodes (links, bold text) rather than plain strings. */
export function Trans({ k, values }: { k: MessageKey; values: Record<string, ReactNode> }) {
  const t = useT();
  return (
    <>
      {splitTemplate(t(k)).map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the template's parts have a fixed order
        <Fragment key={index}>
          {'text' in part ? part.text : (values[part.name] ?? `{${part.name}}`)}
        </Fragment>
      ))}
    </>
  );
}
