import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a generated file as a download: safe content type, attachment, ASCII name plus UTF-8 name. */
export function sendFile(reply: FastifyReply, fileName: string, contentType: string, body: Buffer) {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '-');
  return reply
    .header('content-type', contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** Sends an .xlsx workbook as a download. */
export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer) {
  return sendFile(reply, fileName, XLSX, body);
}
