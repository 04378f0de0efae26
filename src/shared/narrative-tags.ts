/** The formatting a report narrative may hold; the server keeps exactly these tags, without attributes. */
export const NARRATIVE_TAGS: ReadonlySet<string> = new Set([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'blockquote',
]);
