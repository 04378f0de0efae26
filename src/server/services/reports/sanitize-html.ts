import { NARRATIVE_TAGS as ALLOWED } from '../../../shared/narrative-tags.ts';

const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

const escapeText = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Keeps the formatting a report needs (paragraphs, bold, italic, lists, headings) and nothing
 * else: no attributes at all, so no event handlers, links, styles or scripts survive. Text
 * between tags is re-escaped, so a stray "<" can never open a tag.
 */
export function sanitizeHtml(html: string): string {
  let out = '';
  let last = 0;
  let dropping: string | null = null;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    if (!dropping) out += escapeText(text);
    last = match.index + match[0].length;
    const [, closing, rawName] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing) dropping = name;
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    out += name === 'br' ? '<br>' : `<${closing ? '/' : ''}${name}>`;
  }
  if (!dropping) out += escapeText(html.slice(last));
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The paragraphs of sanitised HTML as plain text (list items prefixed "- "), for Word and Excel. */
export function htmlToParagraphs(html: string): { text: string; isHeading: boolean }[] {
  const blocks = html
    .replace(/<br>/g, '\n')
    .split(/<\/?(?:p|li|h3|h4|blockquote|ul|ol)>/)
    .map((b) => b.trim());
  const headings = new Set([...html.matchAll(/<h[34]>([\s\S]*?)<\/h[34]>/g)].map((m) => m[1]!.trim()));
  return blocks
    .filter((b) => b !== '')
    .map((b) => {
      const isHeading = headings.has(b);
      const text = b
        .replace(/<[^>]+>/g, '')
        .replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
          name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole),
        );
      return { text, isHeading };
    });
}
