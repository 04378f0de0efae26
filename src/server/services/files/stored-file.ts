import { createHash } from 'node:crypto';

/** The longest file name kept (the rest is cut). */
const FILE_NAME_MAX = 200;

/** The columns of an uploaded file as `storedFileColumns` keeps it. */
export interface StoredFileValues {
  fileName: string;
  fileMime: string;
  fileSize: number;
  fileSha256: string;
  fileData: Buffer;
  uploadedBy: string;
}

/** What an upload is stored as: its name (cut), size, SHA-256 and bytes, and who sent it. */
export function storedFileValues(
  upload: { fileName: string; buffer: Buffer },
  uploadedBy: string,
): StoredFileValues {
  return {
    fileName: upload.fileName.slice(0, FILE_NAME_MAX),
    // Served back only as a download, never rendered: the uploader's type claim is not trusted.
    fileMime: 'application/octet-stream',
    fileSize: upload.buffer.length,
    fileSha256: createHash('sha256').update(upload.buffer).digest('hex'),
    fileData: upload.buffer,
    uploadedBy,
  };
}
