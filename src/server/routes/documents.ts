import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_CLASSIFICATIONS } from '../../shared/document-enums.ts';
import {
  ZConfirmDocumentRequest,
  ZDocumentDetail,
  ZDocumentListQuery,
  ZDocumentSummary,
  ZRegisterDocumentRequest,
} from '../../shared/schemas/documents.ts';
import { queryRows } from '../db/query-rows.ts';
import { AppError } from '../errors.ts';
import { readUploadedDocument } from '../ingest-errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendFile } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { readUploadWithFields } from '../plugins/uploads.ts';
import { canReadDocumentBody } from '../policies/documents.ts';
import { confirmDocument } from '../services/documents/confirm-document.ts';
import { loadDocument } from '../services/documents/document-rows.ts';
import { getDocument } from '../services/documents/get-document.ts';
import { listDocuments } from '../services/documents/list-documents.ts';
import { registerDocument } from '../services/documents/register-document.ts';
import { UPLOAD_ERRORS } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

const errors = UPLOAD_ERRORS;

// Served files get one of these types, never the uploader's claim.
const SAFE_MIME: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The document registry: register (paste or upload), review and confirm, list and search, download. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/documents',
    {
      bodyLimit: 8 * 1024 * 1024,
      config: expensive(),
      schema: {
        tags: ['documents'],
        summary: 'Đăng ký văn bản: JSON { text } hoặc multipart (trường "file", "classification", "unitId")',
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: z.object({ id: z.number() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      let id: number;
      if (request.isMultipart()) {
        const { file, fields } = await readUploadWithFields(request);
        if (!file || file.buffer.length === 0) throw new AppError('bad_request', 'Chưa chọn tệp văn bản.');
        const meta = z
          .object({
            classification: z.enum(DOCUMENT_CLASSIFICATIONS).default('thuong'),
            unitId: z.coerce.number().int().positive().optional(),
          })
          .safeParse(fields);
        if (!meta.success) throw new AppError('validation_failed', 'Độ mật hoặc đơn vị không hợp lệ.');
        const text = await readUploadedDocument(file.buffer, file.fileName);
        const ext = file.fileName.toLowerCase().slice(file.fileName.lastIndexOf('.'));
        id = await registerDocument(app.database.db, app.clock, actor, {
          text,
          ...meta.data,
          file: {
            name: file.fileName,
            mime: SAFE_MIME[ext] ?? 'application/octet-stream',
            bytes: file.buffer,
          },
        });
      } else {
        const parsed = ZRegisterDocumentRequest.safeParse(request.body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError(
            'validation_failed',
            `Dữ liệu gửi lên không hợp lệ. ${issue?.message ?? ''}`.trim(),
          );
        }
        id = await registerDocument(app.database.db, app.clock, actor, parsed.data);
      }
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Danh sách văn bản trong phạm vi (lọc, tìm không dấu)',
        querystring: ZDocumentListQuery,
        response: { 200: z.object({ items: z.array(ZDocumentSummary), total: z.number() }), ...errors },
      },
    },
    async (request) => listDocuments(app.database.db, requireActor(request), request.query),
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'Một văn bản',
        params: ZIdParams,
        response: { 200: ZDocumentDetail, ...errors },
      },
    },
    async (request) => getDocument(app.database.db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/documents/:id/confirm',
    {
      schema: {
        tags: ['documents'],
        summary: 'Xác nhận văn bản đã rà soát: tạo trích dẫn, nhiệm vụ và chỉ tiêu',
        params: ZIdParams,
        body: ZConfirmDocumentRequest,
        response: {
          200: z.object({ tasks: z.number(), citations: z.number(), targets: z.number() }),
          ...errors,
        },
      },
    },
    async (request) =>
      confirmDocument(app.database.db, app.clock, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/documents/:id/file',
    { schema: { tags: ['documents'], summary: 'Tải tệp gốc của văn bản', params: ZIdParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      const doc = await loadDocument(app.database.db, actor, request.params.id);
      if (!canReadDocumentBody(actor, doc))
        throw new AppError('forbidden', 'Văn bản mật: bạn không có quyền xem nội dung.');
      const [file] = await queryRows<{
        file_name: string | null;
        file_mime: string | null;
        file_data: Buffer | Uint8Array | null;
      }>(app.database.db, sql`select file_name, file_mime, file_data from documents where id = ${doc.id}`);
      if (!file?.file_data || !file.file_name)
        throw new AppError('not_found', 'Văn bản này không có tệp gốc.');
      return sendFile(
        reply,
        file.file_name,
        file.file_mime ?? 'application/octet-stream',
        Buffer.from(file.file_data),
      );
    },
  );
};
