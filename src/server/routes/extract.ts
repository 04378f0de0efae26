import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { extractDocument } from '../../extract/index.ts';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';
import { ZExtractResponse, ZExtractTextRequest } from '../../shared/schemas/extraction.ts';
import { AppError } from '../errors.ts';
import { readUploadedDocument } from '../ingest-errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { expensive } from '../plugins/security.ts';
import { readSingleUpload } from '../plugins/uploads.ts';

/** Reads a pasted text or an uploaded .txt/.docx/.pdf into an extraction for a person to review. */
export const extractRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/extract',
    {
      // Pasted documents run to hundreds of kilobytes.
      bodyLimit: 8 * 1024 * 1024,
      config: expensive(),
      schema: {
        tags: ['documents'],
        summary:
          'Trích xuất thông tin văn bản: JSON { text } hoặc tệp multipart (trường "file", tối đa 20 MB)',
        consumes: ['application/json', 'multipart/form-data'],
        response: {
          200: ZExtractResponse,
          400: ZErrorResponse,
          401: ZErrorResponse,
          403: ZErrorResponse,
          413: ZErrorResponse,
          415: ZErrorResponse,
        },
      },
    },
    async (request) => {
      requireActor(request);
      let text: string;
      let referenceDate: string | undefined;
      if (request.isMultipart()) {
        const { fileName, buffer } = await readSingleUpload(request);
        text = await readUploadedDocument(buffer, fileName);
      } else {
        const parsed = ZExtractTextRequest.safeParse(request.body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError(
            'validation_failed',
            `Dữ liệu gửi lên không hợp lệ. ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
          );
        }
        text = parsed.data.text;
        referenceDate = parsed.data.referenceDate;
      }
      return { text, extraction: extractDocument(text, { referenceDate }) };
    },
  );
};
