import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

const SAMPLE = fileURLToPath(
  new URL('../../../shared/extraction/docs/004_c174a5f89955ce3c.txt', import.meta.url),
);
const hasSample = fs.existsSync(SAMPLE);
if (!hasSample && process.env.CI === 'true') throw new Error(`sample documents missing: ${SAMPLE}`);

describe.skipIf(!hasSample)(`POST /api/extract on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  const text = hasSample ? fs.readFileSync(SAMPLE, 'utf8') : '';
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    officer = await t.signIn('canbo.tinh');
  });
  afterAll(async () => t?.close());

  it('extracts a pasted document with spans into the text it returns', async () => {
    const res = await officer.request({ method: 'POST', url: '/api/extract', payload: { text } });
    expect(res.statusCode, res.body).toBe(200);
    const { text: echoed, extraction } = res.json();
    expect(echoed).toBe(text);
    expect(extraction).toMatchObject({
      number: '297/HD-UBND',
      kind: 'HD',
      date: '2019-05-27',
      place: 'Bắc Kạn',
    });
    const span = extraction.spans.number;
    expect(echoed.slice(span.start, span.end)).toContain('297');
    const deadline = extraction.deadlines.find((d: { date: string }) => d.date === '2019-09-15');
    expect(echoed.slice(deadline.span.start, deadline.span.end)).toContain('15/9/2019');
  });

  it('reads an uploaded .docx and .txt the same way', async () => {
    const doc = new Document({
      sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }],
    });
    const docx = await Packer.toBuffer(doc);
    const fromDocx = await officer.request({
      method: 'POST',
      url: '/api/extract',
      ...multipart('huong-dan.docx', docx),
    });
    expect(fromDocx.statusCode, fromDocx.body).toBe(200);
    expect(fromDocx.json().extraction.number).toBe('297/HD-UBND');
    const fromTxt = await officer.request({
      method: 'POST',
      url: '/api/extract',
      ...multipart('huong-dan.txt', text),
    });
    expect(fromTxt.json().extraction.number).toBe('297/HD-UBND');
  });

  it('answers bad files with a 4xx and a Vietnamese message', async () => {
    const exe = await officer.request({
      method: 'POST',
      url: '/api/extract',
      ...multipart('virus.exe', 'MZ'),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toContain('chỉ nhận .txt, .docx, .pdf');
    const empty = await officer.request({
      method: 'POST',
      url: '/api/extract',
      ...multipart('rong.txt', ''),
    });
    expect(empty.statusCode).toBe(400);
    const corrupt = await officer.request({
      method: 'POST',
      url: '/api/extract',
      ...multipart('hong.docx', 'PK\u0003\u0004 not really'),
    });
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toMatch(/[ạ-ỹđ]/);
    const huge = await officer.request({
      method: 'POST',
      url: '/api/extract',
      ...multipart('lon.txt', Buffer.alloc(21 * 1024 * 1024, 'a')),
    });
    expect(huge.statusCode).toBe(413);
    const blank = await officer.request({ method: 'POST', url: '/api/extract', payload: { text: '' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toContain('Văn bản trống.');
  });
});
