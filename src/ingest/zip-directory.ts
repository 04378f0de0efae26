/**
 * Reading a zip file's central directory without inflating anything, so a
 * .docx that would expand to gigabytes ("zip bomb") is refused up front.
 */

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** Declared uncompressed size in bytes. */
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Thrown when the bytes are not a readable zip archive. */
export class ZipFormatError extends Error {}

function u16(view: DataView, at: number): number {
  if (at + 2 > view.byteLength) throw new ZipFormatError('truncated');
  return view.getUint16(at, true);
}

function u32(view: DataView, at: number): number {
  if (at + 4 > view.byteLength) throw new ZipFormatError('truncated');
  return view.getUint32(at, true);
}

function u64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw new ZipFormatError('truncated');
  const value = view.getBigUint64(at, true);
  // sizes above 2^53 are bombs anyway: saturate instead of losing precision silently
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

/** Lists the central directory of a zip archive (ZIP64 aware). Throws ZipFormatError. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < EOCD_MIN_SIZE) throw new ZipFormatError('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let entryCount = u16(view, eocd + 10);
  let directorySize = u32(view, eocd + 12);
  let directoryOffset = u32(view, eocd + 16);

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(view, locator) !== ZIP64_LOCATOR_SIGNATURE)
      throw new ZipFormatError('missing zip64 locator');
    const zip64 = u64(view, locator + 8);
    if (u32(view, zip64) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError('bad zip64 record');
    entryCount = u64(view, zip64 + 32);
    directorySize = u64(view, zip64 + 40);
    directoryOffset = u64(view, zip64 + 48);
  }
  if (directoryOffset + directorySize > bytes.byteLength) throw new ZipFormatError('directory outside file');

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i += 1) {
    if (u32(view, at) !== CENTRAL_HEADER_SIGNATURE) throw new ZipFormatError('bad central header');
    let uncompressed = u32(view, at + 24);
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.byteLength) throw new ZipFormatError('truncated entry');
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (uncompressed === 0xffffffff) uncompressed = zip64Size(view, nameStart + nameLength, extraLength);
    entries.push({ name, uncompressedSize: uncompressed });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed size from a ZIP64 extra field (id 0x0001). */
function zip64Size(view: DataView, extraStart: number, extraLength: number): number {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = u16(view, at);
    const size = u16(view, at + 2);
    if (id === 0x0001 && size >= 8) return u64(view, at + 4);
    at += 4 + size;
  }
  throw new ZipFormatError('zip64 size missing');
}
