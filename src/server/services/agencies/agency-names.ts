import type { AgencyKind } from '../../../shared/enums.ts';

// Abbreviations officials write for agency names, expanded so "Bộ CHQS tỉnh" meets "Bộ Chỉ huy Quân sự tỉnh".
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bbchqs\b/g, 'ban chi huy quan su'],
  [/\bchqs\b/g, 'chi huy quan su'],
  [/\bbdbp\b/g, 'bo doi bien phong'],
  [/\bbchbdbp\b/g, 'bo chi huy bo doi bien phong'],
  [/\bchbdbp\b/g, 'chi huy bo doi bien phong'],
  [/\bdqtv\b/g, 'dan quan tu ve'],
  [/\bca\b/g, 'cong an'],
  [/\bgd&dt\b|\bgddt\b/g, 'giao duc va dao tao'],
  [/\bkh&dt\b|\bkhdt\b/g, 'ke hoach va dau tu'],
  [/\bnn&ptnt\b/g, 'nong nghiep va phat trien nong thon'],
  [/\btn&mt\b/g, 'tai nguyen va moi truong'],
  [/\blđlđ\b|\bldld\b/g, 'lien doan lao dong'],
  [/\bvh,?tt&dl\b|\bvhttdl\b/g, 'van hoa the thao va du lich'],
  [/\bkh&cn\b/g, 'khoa hoc va cong nghe'],
  [/\btt&tt\b/g, 'thong tin va truyen thong'],
  [/\bccb\b/g, 'cuu chien binh'],
  [/\blhpn\b/g, 'lien hiep phu nu'],
];

/** Lower case, no diacritics, abbreviations expanded, punctuation as spaces: the form names are compared in. */
export function normalizeAgencyName(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  for (const [pattern, expansion] of ABBREVIATIONS) s = s.replace(pattern, expansion);
  return s
    .replace(/[^a-z0-9&]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(s: string): Set<string> {
  return new Set(s.split(' ').filter(Boolean));
}

/**
 * Similarity of a written name to a registered one (both normalised): 1 when equal; 0.85 when
 * every word written (two or more) is in the registered name, as "Sở Tài chính" in "Sở Tài
 * chính tỉnh Lạng Sơn"; else the word overlap (Jaccard).
 */
export function nameSimilarity(written: string, registered: string): number {
  if (written === registered) return 1;
  const x = tokens(written);
  const y = tokens(registered);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common += 1;
  const jaccard = common / (x.size + y.size - common);
  return x.size >= 2 && common === x.size ? Math.max(0.85, jaccard) : jaccard;
}

/** What a plural or level phrase ("UBND các xã, phường", "Cấp xã", "các sở, ban, ngành") addresses. */
export interface PluralTarget {
  agencyKind: AgencyKind;
  /** Administrative level of the units addressed (2 district, 3 commune); null = the issuing unit itself. */
  level: 2 | 3 | null;
}

const KIND_WORDS: [RegExp, AgencyKind][] = [
  [/\b(uy ban nhan dan|chinh quyen)\b/, 'ubnd'],
  [/\bhoi dong nhan dan\b/, 'hdnd'],
  [/\b(dang uy|cap uy|huyen uy|thanh uy|thi uy|tinh uy)\b/, 'party_committee'],
  [/\bmat tran to quoc\b/, 'mttq'],
  [/\bchi huy quan su\b|\bco quan quan su\b/, 'military_command'],
  [/\bcong an\b/, 'police'],
  [/\b(so|phong)\b.*\bban\b.*\bnganh\b|\bcac so\b/, 'department'],
  [/\bdoan the\b/, 'mass_organisation'],
];

/**
 * Reads a plural or level phrase. Returns null for a name that designates one body
 * ("Sở Tài chính", "Bộ CHQS tỉnh").
 */
export function parsePluralTarget(name: string): PluralTarget | null {
  const n = normalizeAgencyName(name);
  const isPlural = /\bcac\b/.test(n) || /\bcap (xa|huyen|tinh|co so)\b/.test(n);
  if (!isPlural) return null;
  const agencyKind = KIND_WORDS.find(([pattern]) => pattern.test(n))?.[1] ?? 'ubnd';
  if (agencyKind === 'department' || agencyKind === 'mass_organisation') return { agencyKind, level: null };
  if (/\bcap tinh\b/.test(n)) return { agencyKind, level: null };
  if (/\b(xa|phuong|thi tran|dac khu|co so)\b/.test(n)) return { agencyKind, level: 3 };
  if (/\b(huyen|quan|thi xa|thanh pho)\b/.test(n)) return { agencyKind, level: 2 };
  return { agencyKind, level: 3 };
}
