import type { TReportSigner } from './schemas/reports.ts';

/**
 * The signature block of a People's Committee's report (NĐ 30/2020, Phụ lục I): the Chairman signs
 * for the committee, or a Vice-Chairman signs for the Chairman. Without a signer the Chairman's
 * block is left with an empty name line, to be signed and filled in by hand.
 */
export function committeeSignature(signer: TReportSigner | null): { lines: string[]; name: string } {
  return signer?.deputy
    ? { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: signer.name }
    : { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: signer?.name ?? '' };
}
