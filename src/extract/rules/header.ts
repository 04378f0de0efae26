/** Header fields: number, kind, place and date, subject (trích yếu), issuer. */
import { headerLinesToNormalCase, titleToSentenceCase } from '../casing.ts';
import type { Located, NSpan } from '../context.ts';
import { toIsoDate } from '../dates.ts';
import { matchDocNumberAt } from '../doc-number.ts';
import { kindByCode, kindCodeOfNumber } from '../kinds.ts';
import { DATE_LINE, type HeaderLayout, type Layout } from '../segment.ts';
import type { Line } from '../text.ts';

/** Header values with their spans in the normalised text. */
export interface HeaderFields {
  number: Located<string> | null;
  kind: Located<string> | null;
  kindName: Located<string> | null;
  place: Located<string> | null;
  date: Located<string> | null;
  subject: Located<string> | null;
  issuer: Located<string> | null;
}

function readNumber(line: Line): Located<string> | null {
  const m = /^số\s*:?\s*/iu.exec(line.text);
  if (!m) return null;
  const at = line.start + m[0].length;
  const found = matchDocNumberAt(line.text, m[0].length);
  if (!found) return null;
  return { value: found.value, span: { start: at, end: line.start + found.end } };
}

function readPlaceAndDate(line: Line): { place: Located<string> | null; date: Located<string> | null } {
  const m = DATE_LINE.exec(line.text);
  if (!m) return { place: null, date: null };
  const placeText = (m[1] ?? '').trim();
  const isTemplate = /^địa danh$/iu.test(placeText);
  const placeStart = line.text.indexOf(placeText);
  const place: Located<string> | null =
    placeText && !isTemplate && /^\p{Lu}/u.test(placeText)
      ? {
          value: placeText,
          span: { start: line.start + placeStart, end: line.start + placeStart + placeText.length },
        }
      : null;
  const iso = toIsoDate(Number(m[4]), Number(m[3]), Number(m[2]));
  const dateStart = line.text.toLowerCase().indexOf('ngày', placeStart + placeText.length);
  const date: Located<string> | null = iso
    ? { value: iso, span: { start: line.start + Math.max(0, dateStart), end: line.start + m[0].length } }
    : null;
  return { place, date };
}

function spanOfLines(lines: readonly Line[]): NSpan {
  const first = lines[0];
  const last = lines[lines.length - 1];
  return { start: first?.start ?? 0, end: last?.end ?? 0 };
}

function readSubject(header: HeaderLayout): Located<string> | null {
  if (header.subjectLines.length === 0) return null;
  const texts = header.subjectLines.map((l) => l.text);
  let first = texts[0] ?? '';
  let startShift = 0;
  const vv = /^v\/v\s*:?\s*/iu.exec(first);
  if (vv) {
    first = first.slice(vv[0].length);
    startShift = vv[0].length;
  }
  texts[0] = first;
  const value = texts.join(' ').replace(/\s+/gu, ' ').trim();
  if (value === '') return null;
  const span = spanOfLines(header.subjectLines);
  return { value, span: { start: span.start + startShift, end: span.end } };
}

/** Reads the header fields from the layout (all null when there is no header). */
export function readHeader(layout: Layout): HeaderFields {
  const fields: HeaderFields = {
    number: null,
    kind: null,
    kindName: null,
    place: null,
    date: null,
    subject: null,
    issuer: null,
  };
  const header = layout.header;
  if (!header) return fields;

  if (header.numberLine) fields.number = readNumber(header.numberLine);
  if (header.dateLine) Object.assign(fields, readPlaceAndDate(header.dateLine));

  if (header.kind && header.kindLine) {
    const span = { start: header.kindLine.start, end: header.kindLine.start + header.kindNameEnd };
    fields.kind = { value: header.kind.code, span };
    fields.kindName = { value: titleToSentenceCase(header.kindLine.text.slice(0, header.kindNameEnd)), span };
  } else if (fields.number) {
    const code = kindCodeOfNumber(fields.number.value);
    if (code) fields.kind = { value: code, span: fields.number.span };
    else if (header.isVv || /^\d+\/[\p{Lu}]/u.test(fields.number.value))
      fields.kind = { value: 'CV', span: fields.number.span };
  } else if (header.isVv && header.subjectLines[0]) {
    fields.kind = { value: 'CV', span: spanOfLines(header.subjectLines.slice(0, 1)) };
  }
  if (fields.kind && !kindByCode(fields.kind.value) && fields.kind.value !== 'CV') fields.kind = null;

  fields.subject = readSubject(header);

  if (header.issuerLines.length > 0) {
    const value = headerLinesToNormalCase(header.issuerLines.map((l) => l.text));
    if (value !== '') fields.issuer = { value, span: spanOfLines(header.issuerLines) };
  }
  return fields;
}
