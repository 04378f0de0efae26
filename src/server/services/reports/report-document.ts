import { sql } from 'drizzle-orm';
import { type Period, periodPhrase } from '../../../shared/periods.ts';
import { committeeSignature } from '../../../shared/report-signature.ts';
import type { TReportSigner } from '../../../shared/schemas/reports.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { placeName, unitKindWord } from '../agencies/standard-agencies.ts';
import { buildReportDocx } from './report-docx.ts';
import type { ReportFigure } from './report-figures.ts';
import type { FormRow } from './report-rows.ts';

/** What the Word file of a report (or of a blank form) is built from. */
export interface ReportDocumentSource {
  form: FormRow;
  unitId: number;
  period: Period;
  narrative: Record<string, string>;
  figures: ReportFigure[];
  recipient: string;
  date: Date | null;
  signer: TReportSigner | null;
}

/** "Báo cáo kết quả ... năm" for 2026 -> "Kết quả ... năm 2026": the trích yếu under the kind name. */
export function reportSubject(formTitle: string, period: Period): string {
  const base = formTitle.replace(/^Báo cáo\s+/i, '').replace(/\s+(năm|6 tháng|quý|tháng)$/i, '');
  return `${base.charAt(0).toUpperCase()}${base.slice(1)} ${periodPhrase(period)}`;
}

/** Builds the NĐ 30 Word document of a report: the unit's People's Committee issues it. */
export async function reportDocument(db: Db, source: ReportDocumentSource): Promise<Buffer> {
  const [unit] = await queryRows<{
    name: string;
    kind: string;
    parent_name: string | null;
    parent_kind: string | null;
  }>(
    db,
    sql`select u.name, u.kind, p.name as parent_name, p.kind as parent_kind from units u left join units p on p.id = u.parent_id where u.id = ${source.unitId}`,
  );
  const kindWord = unitKindWord(unit!.kind as never);
  const place = placeName(unit!.name);
  return buildReportDocx({
    parentBody: null,
    issuerLines: ['Ủy ban nhân dân', `${kindWord} ${place}`],
    numberSymbol: 'BC-UBND',
    place,
    date: source.date,
    title: 'Báo cáo',
    subject: reportSubject(source.form.title, source.period),
    sections: source.form.sections,
    narrative: source.narrative,
    figures: source.figures,
    signature: committeeSignature(source.signer),
    recipients: [source.recipient, 'Lưu: VT'],
  });
}
