import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsePeriod } from '../../shared/periods.ts';
import { ZPeriodCode } from '../../shared/schemas/figures.ts';
import {
  REPORT_STATE_LABELS,
  ZCalendarEntry,
  ZCalendarQuery,
  ZOpenReportRequest,
  ZReport,
  ZReportForm,
  ZReportSigner,
  ZReturnReportRequest,
  ZSaveNarrativeRequest,
} from '../../shared/schemas/reports.ts';
import { queryRows } from '../db/query-rows.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendFile, sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { readSingleUpload } from '../plugins/uploads.ts';
import { getReport } from '../services/reports/get-report.ts';
import { openReport } from '../services/reports/open-report.ts';
import { addReportAttachment, readReportAttachment } from '../services/reports/report-attachments.ts';
import { reportCalendar } from '../services/reports/report-calendar.ts';
import { reportDocument } from '../services/reports/report-document.ts';
import { loadForm, loadForms, loadReport } from '../services/reports/report-rows.ts';
import {
  acceptReport,
  returnReport,
  saveNarrative,
  setReportSigner,
  submitReport,
} from '../services/reports/report-workflow.ts';
import { ENTRY_ERRORS, UPLOAD_ERRORS, ZCreatedId, ZNoContent, ZPathId } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fmt = (n: number | null) => (n === null ? '' : n);

/** Periodic reports: forms, the calendar and chase view, writing, the workflow, Word and Excel. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/api/report-forms',
    {
      schema: {
        tags: ['reports'],
        summary: 'Các mẫu báo cáo định kỳ',
        response: { 200: z.object({ items: z.array(ZReportForm) }), ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: (await loadForms(db)).map((f) => ({ ...f, levels: f.levels.map((l) => ({ ...l })) })) };
    },
  );

  app.get(
    '/api/report-forms/:id/template.docx',
    {
      config: expensive(),
      schema: {
        tags: ['reports'],
        summary: 'Mẫu trống (.docx, thể thức Nghị định 30) của một mẫu báo cáo',
        params: ZIdParams,
        querystring: z.object({ period: ZPeriodCode }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const form = await loadForm(db, request.params.id);
      const period = parsePeriod(request.query.period)!;
      const level = form.levels.find((l) => l.level === 3) ?? form.levels[0]!;
      const body = await reportDocument(db, {
        form,
        unitId: actor.unitId,
        period,
        narrative: Object.fromEntries(form.sections.map((s) => [s.key, `<p>${s.guidance}</p>`])),
        figures: [],
        recipient: level.recipient,
        date: null,
        signer: null,
      });
      return sendFile(reply, `mau-${form.code}-${period.code}.docx`, DOCX, body);
    },
  );

  app.get(
    '/api/reports/calendar',
    {
      schema: {
        tags: ['reports'],
        summary: 'Lịch báo cáo: báo cáo đơn vị phải gửi, và (lãnh đạo) tình hình gửi của cấp dưới',
        querystring: ZCalendarQuery,
        response: { 200: z.object({ items: z.array(ZCalendarEntry) }), ...ENTRY_ERRORS },
      },
    },
    async (request) => ({ items: await reportCalendar(db, app.clock, requireActor(request), request.query) }),
  );

  app.get(
    '/api/reports/rollup.xlsx',
    {
      schema: {
        tags: ['reports'],
        summary: 'Tổng hợp số liệu các báo cáo đã gửi của một kỳ (Excel)',
        querystring: z.object({ formId: z.coerce.number().int().positive(), period: ZPeriodCode }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const form = await loadForm(db, request.query.formId);
      const rows = await queryRows<{
        unit_name: string;
        state: string;
        is_late: boolean;
        submitted_at: string | Date;
        figures: { code: string; name: string; value: number | null }[];
      }>(
        db,
        sql`select u.name as unit_name, r.state, v.is_late, v.submitted_at, v.figures
              from reports r join units u on u.id = r.unit_id
              join lateral (select * from report_versions rv where rv.report_id = r.id order by rv.version desc limit 1) v on true
             where r.form_id = ${form.id} and r.period_code = ${request.query.period} and u.path <@ ${actor.unitPath}::ltree
               and r.state in ('submitted', 'accepted')
             order by u.level, u.name`,
      );
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Tổng hợp');
      sheet.addRow([`${form.title} — kỳ ${request.query.period}`]).font = { bold: true };
      const indicatorNames = new Map<string, string>();
      for (const r of rows) for (const f of r.figures) indicatorNames.set(f.code, f.name);
      const codes = [...indicatorNames.keys()];
      sheet.addRow(['Đơn vị', 'Trạng thái', 'Đúng hạn', ...codes.map((c) => indicatorNames.get(c)!)]).font = {
        bold: true,
      };
      for (const r of rows) {
        const byCode = new Map(r.figures.map((f) => [f.code, f.value]));
        sheet.addRow([
          r.unit_name,
          REPORT_STATE_LABELS[r.state as 'submitted'],
          r.is_late ? 'Trễ hạn' : 'Đúng hạn',
          ...codes.map((c) => fmt(byCode.get(c) ?? null)),
        ]);
      }
      return sendXlsx(
        reply,
        `tong-hop-${form.code}-${request.query.period}.xlsx`,
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
    },
  );

  app.post(
    '/api/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Mở (hoặc tìm) báo cáo của đơn vị cho một kỳ',
        body: ZOpenReportRequest,
        response: { 200: ZCreatedId, ...ENTRY_ERRORS },
      },
    },
    async (request) => ({ id: await openReport(db, requireActor(request), request.body) }),
  );

  app.get(
    '/api/reports/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'Một báo cáo',
        params: ZIdParams,
        response: { 200: ZReport, ...ENTRY_ERRORS },
      },
    },
    async (request) => getReport(db, app.clock, requireActor(request), request.params.id),
  );

  app.put(
    '/api/reports/:id/narrative',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['reports'],
        summary: 'Lưu nội dung đang soạn',
        params: ZIdParams,
        body: ZSaveNarrativeRequest,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await saveNarrative(db, requireActor(request), request.params.id, request.body.sections);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/reports/:id/signer',
    {
      schema: {
        tags: ['reports'],
        summary: 'Chọn người ký báo cáo (Chủ tịch, hoặc Phó Chủ tịch ký thay)',
        params: ZIdParams,
        body: ZReportSigner,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await setReportSigner(db, requireActor(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/reports/:id/submit',
    {
      schema: {
        tags: ['reports'],
        summary: 'Gửi báo cáo lên cấp trên',
        params: ZIdParams,
        response: { 200: z.object({ isLate: z.boolean() }), ...ENTRY_ERRORS },
      },
    },
    async (request) => submitReport(db, app.clock, requireActor(request), request.params.id),
  );

  app.post(
    '/api/reports/:id/return',
    {
      schema: {
        tags: ['reports'],
        summary: 'Trả lại báo cáo (kèm lý do)',
        params: ZIdParams,
        body: ZReturnReportRequest,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await returnReport(db, app.clock, requireActor(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/reports/:id/accept',
    {
      schema: {
        tags: ['reports'],
        summary: 'Tiếp nhận báo cáo',
        params: ZIdParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await acceptReport(db, app.clock, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/reports/:id/docx',
    {
      config: expensive(),
      schema: {
        tags: ['reports'],
        summary: 'Báo cáo dạng Word theo thể thức Nghị định 30',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const report = await getReport(db, app.clock, actor, request.params.id);
      const row = await loadReport(db, actor, request.params.id);
      const body = await reportDocument(db, {
        form: row.form,
        unitId: report.unit.id,
        period: row.period,
        narrative: report.narrative,
        figures: report.figures,
        recipient: report.recipient,
        date: report.submittedAt ? new Date(report.submittedAt) : app.clock.now(),
        signer: report.signer,
      });
      return sendFile(
        reply,
        `bao-cao-${row.form.code}-${row.period.code}-${report.unit.id}.docx`,
        DOCX,
        body,
      );
    },
  );

  app.get(
    '/api/reports/:id/figures.xlsx',
    { schema: { tags: ['reports'], summary: 'Số liệu của báo cáo (Excel)', params: ZIdParams } },
    async (request, reply) => {
      const report = await getReport(db, app.clock, requireActor(request), request.params.id);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Số liệu');
      sheet.addRow([`${report.form.title} — ${report.unit.name} — kỳ ${report.period}`]).font = {
        bold: true,
      };
      sheet.addRow([
        'Mã',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Kết quả',
        'Mục tiêu tối thiểu',
        'Mục tiêu tối đa',
      ]).font = { bold: true };
      for (const f of report.figures)
        sheet.addRow([
          f.code,
          f.name,
          f.unitOfMeasure,
          fmt(f.value),
          fmt(f.target?.min ?? null),
          fmt(f.target?.max ?? null),
        ]);
      return sendXlsx(
        reply,
        `so-lieu-bao-cao-${report.id}.xlsx`,
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
    },
  );

  app.post(
    '/api/reports/:id/attachments',
    {
      schema: {
        tags: ['reports'],
        summary: 'Đính kèm tệp minh chứng (multipart, trường "file")',
        params: ZIdParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZCreatedId, ...UPLOAD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addReportAttachment(
            db,
            requireActor(request),
            request.params.id,
            await readSingleUpload(request),
          ),
        ),
  );

  app.get(
    '/api/reports/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['reports'],
        summary: 'Tải tệp đính kèm',
        params: z.object({ id: ZPathId, attachmentId: ZPathId }),
      },
    },
    async (request, reply) => {
      const file = await readReportAttachment(
        db,
        requireActor(request),
        request.params.id,
        request.params.attachmentId,
      );
      return sendFile(reply, file.fileName, 'application/octet-stream', file.data);
    },
  );
};
