/** Signer (name, position) and the signing body ("TM. ỦY BAN NHÂN DÂN"). */
import { headerLinesToNormalCase, titleToSentenceCase } from '../casing.ts';
import type { Located } from '../context.ts';
import { type Layout, NAME_PREFIX } from '../segment.ts';

/** Signature values with spans in the normalised text. */
export interface SignatureFields {
  name: Located<string> | null;
  position: Located<string> | null;
  /** The collective body after "TM." / "T/M", used as issuer when the header has none. */
  onBehalfOf: Located<string> | null;
}

const AUTHORITY_PREFIX =
  /^(tm|t\/m|kt|k\/t|tl|t\/l|tuq|t\/uq|q|thay mặt|ký thay|thừa lệnh|thừa ủy quyền|quyền)\s*[./]?\s*/iu;

/** A name printed in capitals ("NGUYỄN VĂN AN") is written in normal case ("Nguyễn Văn An"). */
function personName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Reads the signature block; null when the document has none. */
export function readSignature(layout: Layout): SignatureFields | null {
  const sig = layout.signature;
  if (!sig) return null;
  const fields: SignatureFields = { name: null, position: null, onBehalfOf: null };
  if (sig.nameLine) {
    // "Đại tá Phạm Văn Long": the rank is not part of the name
    const prefix = NAME_PREFIX.exec(sig.nameLine.text)?.[0].length ?? 0;
    fields.name = {
      value: personName(sig.nameLine.text.slice(prefix).trim()),
      span: { start: sig.nameLine.start + prefix, end: sig.nameLine.end },
    };
  }

  // position: the last title line; "KT. CHỦ TỊCH" alone means the deputy is unnamed above
  const positionSource = sig.positionLine ?? sig.authorityLines[sig.authorityLines.length - 1] ?? null;
  if (positionSource) {
    const prefix = AUTHORITY_PREFIX.exec(positionSource.text);
    const isCollective = prefix !== null && /^(tm|t\/m|thay mặt)/iu.test(prefix[1] ?? '');
    if (!(isCollective && sig.positionLine === null)) {
      const cut = prefix && sig.positionLine === null ? prefix[0].length : 0;
      const text = positionSource.text.slice(cut);
      fields.position = {
        value: titleToSentenceCase(text),
        span: { start: positionSource.start + cut, end: positionSource.end },
      };
    }
  }
  for (const line of sig.authorityLines) {
    const prefix = AUTHORITY_PREFIX.exec(line.text);
    if (!prefix || !/^(tm|t\/m|thay mặt)/iu.test(prefix[1] ?? '')) continue;
    const body = line.text.slice(prefix[0].length);
    fields.onBehalfOf = {
      value: headerLinesToNormalCase([body]),
      span: { start: line.start + prefix[0].length, end: line.end },
    };
    break;
  }
  return fields;
}
