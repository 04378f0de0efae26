/** The "Nơi nhận" list: one entry per line, without "- " and the trailing ";" or ".". */
import type { Located } from '../context.ts';
import type { Layout } from '../segment.ts';
import type { Line } from '../text.ts';

const BULLET = /^[-+•]\s*/u;
const TRAILING = /[\s;:,.]+$/u;

/** True when nothing but layout debris remains: "} (b/c)", "(t/h)", brackets. */
function isDebris(text: string): boolean {
  const rest = text
    .replace(/\([^)]{0,12}\)/gu, ' ')
    .replace(/[{}[\]()|/\\]/gu, ' ')
    .trim();
  return !/\p{L}{2,}/u.test(rest);
}

function clean(line: Line): Located<string> | null {
  const bullet = BULLET.exec(line.text);
  const startCut = bullet ? bullet[0].length : 0;
  let text = line.text.slice(startCut);
  const trailing = TRAILING.exec(text.replace(/\.\/\.$/u, ''));
  const cutText = text.replace(/\.\/\.$/u, '');
  text = trailing ? cutText.slice(0, trailing.index) : cutText;
  text = text.trim();
  if (text === '' || isDebris(text)) return null;
  const start = line.start + startCut;
  return { value: text, span: { start, end: start + text.length } };
}

/** Reads the recipients; continuation lines are appended to the entry above them. */
export function readRecipients(layout: Layout): Located<string>[] {
  const block = layout.recipients;
  if (!block) return [];
  const out: Located<string>[] = [];
  const headRest = block.headLine.text.replace(/^nơi nhận\s*:?\s*/iu, '');
  if (headRest !== '') {
    const offset = block.headLine.text.length - headRest.length;
    const entry = clean({ ...block.headLine, start: block.headLine.start + offset, text: headRest });
    if (entry) out.push(entry);
  }
  for (const line of block.itemLines) {
    if (!BULLET.test(line.text) && /^\p{Ll}/u.test(line.text) && out.length > 0) {
      const prev = out[out.length - 1] as Located<string>;
      const more = clean(line);
      if (more)
        out[out.length - 1] = {
          value: `${prev.value} ${more.value}`,
          span: { start: prev.span.start, end: more.span.end },
        };
      continue;
    }
    const entry = clean(line);
    if (entry) out.push(entry);
  }
  return out;
}
