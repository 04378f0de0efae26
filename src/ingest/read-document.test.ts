import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { IngestError, readDocumentBuffer } from './read-document.ts';

const encoder = new TextEncoder();

async function expectIngestError(
  promise: Promise<unknown>,
  code: IngestError['code'],
  message?: RegExp,
): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'expected an IngestError').toBeInstanceOf(IngestError);
  expect((err as IngestError).code).toBe(code);
  if (message) expect((err as IngestError).message).toMatch(message);
}

// ---------------------------------------------------------------- fixtures built in the test

const LINES = [
  'ỦY BAN NHÂN DÂN',
  'Số: 12/KH-UBND',
  'Hà Nội, ngày 05 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Huấn luyện dân quân tự vệ năm 2024',
];

async function makeDocx(lines: string[] = LINES): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A minimal valid PDF whose text layer spells `lines`: a Type0 font with
 * Identity-H codes and a ToUnicode map (no embedded glyphs are needed to read text).
 */
function makePdf(lines: string[]): Uint8Array {
  const chars = [...new Set(lines.join(''))];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const code = (c: string) => hex4(cid.get(c) ?? 0);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adhoc-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${code(c)}> <${hex4(c.codePointAt(0) ?? 0)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = [
    'BT /F1 12 Tf 72 770 Td 14 TL',
    ...lines.map((l) => `<${[...l].map(code).join('')}> Tj T*`),
    'ET',
  ].join('\n');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 >>',
    stream(cmap),
    '<< /Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ]);
}

/** A PDF page with a drawn rectangle and no text at all (like a scan). */
function makeImageOnlyPdf(): Uint8Array {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('0 0 1 rg 100 100 200 200 re f'),
  ]);
}

function stream(body: string): string {
  return `<< /Length ${Buffer.byteLength(body)} >>\nstream\n${body}\nendstream`;
}

function assemblePdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}

/** Rewrites the declared uncompressed size of every central directory entry (a zip bomb's lie). */
function declareUncompressedSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

// ---------------------------------------------------------------- tests

describe('readDocumentBuffer: .txt', () => {
  it('decodes UTF-8 and strips the BOM', async () => {
    const buf = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Số: 12/KH-UBND')]);
    expect(await readDocumentBuffer(buf, 'van-ban.TXT')).toBe('Số: 12/KH-UBND');
  });

  it('decodes UTF-16 with a BOM (Notepad "Unicode")', async () => {
    const text = 'Ủy ban nhân dân';
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1)
      new DataView(body.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    expect(await readDocumentBuffer(new Uint8Array([0xff, 0xfe, ...body]), 'a.txt')).toBe(text);
  });

  it('rejects invalid UTF-8 and binary data as corrupt', async () => {
    await expectIngestError(
      readDocumentBuffer(new Uint8Array([0x53, 0xc3, 0x28, 0x41]), 'a.txt'),
      'corrupt',
      /UTF-8/u,
    );
    await expectIngestError(
      readDocumentBuffer(new Uint8Array([0x41, 0x00, 0x42, 0x00]), 'a.txt'),
      'corrupt',
      /nhị phân/u,
    );
  });

  it('rejects empty and blank files', async () => {
    await expectIngestError(readDocumentBuffer(new Uint8Array(), 'a.txt'), 'empty');
    await expectIngestError(readDocumentBuffer(encoder.encode(' \n\t\n'), 'a.txt'), 'empty');
  });
});

describe('readDocumentBuffer: limits and types', () => {
  it('refuses unsupported types with a Vietnamese message', async () => {
    await expectIngestError(readDocumentBuffer(encoder.encode('x'), 'anh.png'), 'unsupported_type', /\.png/u);
    await expectIngestError(readDocumentBuffer(encoder.encode('x'), 'README'), 'unsupported_type');
    await expectIngestError(readDocumentBuffer(encoder.encode('x'), 'cu.doc'), 'unsupported_type');
  });

  it('refuses files above maxBytes', async () => {
    await expectIngestError(
      readDocumentBuffer(encoder.encode('x'.repeat(2048)), 'a.txt', { maxBytes: 1024 }),
      'too_large',
      /vượt giới hạn/u,
    );
  });
});

describe('readDocumentBuffer: .docx', () => {
  it('reads the text of a .docx', async () => {
    const text = await readDocumentBuffer(await makeDocx(), 'ke-hoach.docx');
    expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual(LINES);
  });

  it('refuses a zip bomb from its central directory, before inflating', async () => {
    const bomb = declareUncompressedSize(await makeDocx(), 0xfffffff0);
    await expectIngestError(readDocumentBuffer(bomb, 'bom.docx'), 'too_large', /giải nén/u);
    await expectIngestError(
      readDocumentBuffer(await makeDocx(), 'a.docx', { maxInflatedBytes: 100 }),
      'too_large',
    );
  });

  it('reports broken archives as corrupt', async () => {
    const docx = await makeDocx();
    await expectIngestError(
      readDocumentBuffer(docx.subarray(0, docx.length - 200), 'cut.docx'),
      'corrupt',
      /\.docx bị hỏng/u,
    );
    await expectIngestError(
      readDocumentBuffer(encoder.encode('PK\u0003\u0004 not really a zip'), 'fake.docx'),
      'corrupt',
    );
    await expectIngestError(
      readDocumentBuffer(encoder.encode('plain text renamed'), 'renamed.docx'),
      'corrupt',
    );
  });

  it('reports a .docx without text as no_text', async () => {
    await expectIngestError(readDocumentBuffer(await makeDocx(['']), 'blank.docx'), 'no_text');
  });
});

describe('readDocumentBuffer: .pdf', () => {
  it('reads the text layer line by line, without splitting Vietnamese words', async () => {
    const text = await readDocumentBuffer(makePdf(LINES), 'ke-hoach.pdf');
    expect(text.split('\n').filter((l) => l !== '')).toEqual(LINES);
  });

  it('reports a PDF without a text layer as no_text', async () => {
    await expectIngestError(readDocumentBuffer(makeImageOnlyPdf(), 'scan.pdf'), 'no_text', /OCR/u);
  });

  it('reports a broken PDF as corrupt', async () => {
    await expectIngestError(
      readDocumentBuffer(encoder.encode('%PDF-1.4\nthis is not a pdf'), 'hong.pdf'),
      'corrupt',
      /\.pdf bị hỏng/u,
    );
    await expectIngestError(readDocumentBuffer(encoder.encode('not a pdf at all'), 'hong.pdf'), 'corrupt');
  });

  const office = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => fs.existsSync(p));
  it.skipIf(!office)('reads a PDF written by LibreOffice from a .docx', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qptd-pdf-'));
    try {
      fs.writeFileSync(path.join(dir, 'ke-hoach.docx'), await makeDocx());
      execFileSync(
        office as string,
        // Own profile: two LibreOffice runs sharing one profile fail when tests run in parallel.
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'ke-hoach.docx'),
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      const text = await readDocumentBuffer(fs.readFileSync(path.join(dir, 'ke-hoach.pdf')), 'ke-hoach.pdf');
      expect(text).toContain('Số: 12/KH-UBND');
      expect(text).toContain('Huấn luyện dân quân tự vệ năm 2024');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
