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

/** A multipart request's file and its text fields (fields may come before or after the file). */
export async function readUploadWithFields(request: FastifyRequest): Promise<{
  file: { fileName: string; buffer: Buffer; mime: string } | null;
  fields: Record<string, string>;
}> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Hãy gửi tệp dưới dạng multipart/form-data (trường "file").',
    );
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; buffer: Buffer; mime: string } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const buffer = await part.toBuffer();
      if (part.file.truncated)
        throw new AppError('payload_too_large', `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
      file = { fileName: part.filename || 'tep', buffer, mime: part.mimetype };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { file, fields };
}
