/**
 * Turning an uploaded file into text for the extractor: .txt (UTF-8 or
 * UTF-16 with BOM), .docx (mammoth) and text .pdf (pdfjs). Every failure is
 * an IngestError with a stable code and a Vietnamese message for the user.
 */
import mammoth from 'mammoth';
import { type PdfTextItem, pageText } from './pdf-text.ts';
import { readZipDirectory, ZipFormatError } from './zip-directory.ts';

/** Why a file could not be read. */
export type IngestErrorCode = 'unsupported_type' | 'empty' | 'corrupt' | 'too_large' | 'no_text';

/** A file that cannot be turned into text; `message` is Vietnamese and shown to the user. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
    this.code = code;
  }
}

/** Limits of `readDocumentBuffer`. */
export interface ReadDocumentOptions {
  /** Largest accepted file, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Largest declared uncompressed size of a .docx, in bytes (default 100 MB). */
  maxInflatedBytes?: number;
}

/** Default size limit of an uploaded file. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Default limit of a .docx's uncompressed content. */
export const DEFAULT_MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** File extensions the reader accepts. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

// ---------------------------------------------------------------- .txt

function isBinaryText(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control += 1;
  }
  return control > Math.max(8, text.length * 0.01);
}

function readText(buf: Uint8Array): string {
  let encoding = 'utf-8';
  let body = buf;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) body = buf.subarray(3);
  else if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    body = buf.subarray(2);
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    body = buf.subarray(2);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch (cause) {
    throw new IngestError(
      'corrupt',
      'Tệp .txt không phải văn bản UTF-8 hợp lệ (có thể là tệp nhị phân hoặc mã hóa khác).',
      { cause },
    );
  }
  if (isBinaryText(text))
    throw new IngestError('corrupt', 'Tệp .txt chứa dữ liệu nhị phân, không phải văn bản.');
  if (text.trim() === '') throw new IngestError('empty', 'Tệp .txt không có nội dung.');
  return text;
}

// ---------------------------------------------------------------- .docx

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

async function readDocx(buf: Uint8Array, maxInflatedBytes: number): Promise<string> {
  const corrupt = (cause?: unknown) =>
    new IngestError('corrupt', 'Tệp .docx bị hỏng hoặc không đọc được.', { cause });
  if (!ZIP_SIGNATURE.every((b, i) => buf[i] === b)) throw corrupt();
  let entries: ReturnType<typeof readZipDirectory>;
  try {
    entries = readZipDirectory(buf);
  } catch (cause) {
    if (cause instanceof ZipFormatError) throw corrupt(cause);
    throw cause;
  }
  const inflated = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (inflated > maxInflatedBytes) {
    throw new IngestError(
      'too_large',
      `Tệp .docx khi giải nén lên tới ${megabytes(inflated)}, vượt giới hạn ${megabytes(maxInflatedBytes)}.`,
    );
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) throw corrupt();
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({
      buffer: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength),
    }));
  } catch (cause) {
    throw corrupt(cause);
  }
  if (value.trim() === '') throw new IngestError('no_text', 'Tệp .docx không có nội dung chữ.');
  // mammoth ends every paragraph with a blank line: one line per paragraph, empty paragraphs stay blank
  return value.replace(/\r?\n\r?\n/gu, '\n');
}

// ---------------------------------------------------------------- .pdf

async function readPdf(buf: Uint8Array): Promise<string> {
  const header = new TextDecoder('latin1').decode(buf.subarray(0, Math.min(buf.length, 1024)));
  if (!header.includes('%PDF-')) throw new IngestError('corrupt', 'Tệp .pdf bị hỏng hoặc không đọc được.');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (detaches) the buffer it gets: give it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(buf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pages: string[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as PdfTextItem[]));
      page.cleanup();
    }
    await doc.destroy();
  } catch (cause) {
    await task.destroy().catch(() => undefined);
    const isPassword = cause instanceof Error && cause.name === 'PasswordException';
    throw new IngestError(
      'corrupt',
      isPassword ? 'Tệp .pdf được đặt mật khẩu, không đọc được.' : 'Tệp .pdf bị hỏng hoặc không đọc được.',
      {
        cause,
      },
    );
  }
  const text = pages.join('\n');
  if (text.trim() === '') {
    throw new IngestError(
      'no_text',
      'Tệp .pdf không có lớp chữ (có thể là bản scan); cần nhận dạng chữ (OCR) trước khi trích xuất.',
    );
  }
  return text;
}

// ---------------------------------------------------------------- entry point

/** Reads a .txt, .docx or .pdf file's bytes into plain text; throws IngestError. */
export async function readDocumentBuffer(
  buf: Uint8Array,
  fileName: string,
  opts: ReadDocumentOptions = {},
): Promise<string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxInflatedBytes = opts.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const ext = extensionOf(fileName);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    const shown = ext === '' ? 'không có phần mở rộng' : ext;
    throw new IngestError(
      'unsupported_type',
      `Không hỗ trợ loại tệp (${shown}); chỉ nhận .txt, .docx, .pdf.`,
    );
  }
  if (buf.byteLength === 0) throw new IngestError('empty', `Tệp ${ext} rỗng.`);
  if (buf.byteLength > maxBytes) {
    throw new IngestError(
      'too_large',
      `Tệp ${ext} có dung lượng ${megabytes(buf.byteLength)}, vượt giới hạn ${megabytes(maxBytes)}.`,
    );
  }
  if (ext === '.txt') return readText(buf);
  if (ext === '.docx') return readDocx(buf, maxInflatedBytes);
  return readPdf(buf);
}
