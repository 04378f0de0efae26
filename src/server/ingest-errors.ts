import { IngestError, readDocumentBuffer } from '../ingest/read-document.ts';
import { AppError } from './errors.ts';
import { MAX_UPLOAD_BYTES } from './plugins/uploads.ts';

const STATUS = {
  unsupported_type: 'unsupported_media_type',
  too_large: 'payload_too_large',
  empty: 'bad_request',
  corrupt: 'bad_request',
  no_text: 'bad_request',
} as const;

/** Reads an uploaded document's text; a file that cannot be read becomes the matching 4xx with its Vietnamese message. */
export async function readUploadedDocument(buffer: Buffer, fileName: string): Promise<string> {
  try {
    return await readDocumentBuffer(buffer, fileName, { maxBytes: MAX_UPLOAD_BYTES });
  } catch (error) {
    if (error instanceof IngestError) throw new AppError(STATUS[error.code], error.message);
    throw error;
  }
}
