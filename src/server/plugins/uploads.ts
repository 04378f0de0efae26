import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** Largest file any route accepts. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Registers multipart parsing with hard limits, so a huge upload is cut off while streaming. */
export async function installUploads(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 1024 * 1024, parts: 30 },
  });
}

/** The single uploaded file of a multipart request, read into memory within the size limit. */
export async function readSingleUpload(
  request: FastifyRequest,
): Promise<{ fileName: string; buffer: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Hãy gửi tệp dưới dạng multipart/form-data (trường "file").',
    );
  }
  const file = await request.file();
  if (!file) throw new AppError('bad_request', 'Chưa chọn tệp.');
  const buffer = await file.toBuffer();
  if (file.file.truncated) {
    throw new AppError('payload_too_large', `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  if (buffer.length === 0) throw new AppError('bad_request', 'Tệp rỗng.');
  return { fileName: file.filename || 'tep', buffer };
}
