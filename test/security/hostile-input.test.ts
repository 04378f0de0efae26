import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

/** Rewrites every central-directory entry of a zip to claim `size` bytes once inflated (a zip bomb's signature). */
function claimInflatedSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (
    let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
  ) {
    out.writeUInt32LE(size, at + 24);
  }
  return out;
}

async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Đơn vị').addRow(['code', 'name', 'kind', 'parent_code']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe(`hostile input on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn('admin.tinh');
  });
  afterAll(async () => t?.close());

  const stillUp = async () => expect((await t.app.inject('/healthz')).statusCode).toBe(200);

  it('refuses an .xlsx that would inflate past the limit before inflating it', async () => {
    const bomb = claimInflatedSize(await smallWorkbook(), 0xfff0_0000);
    for (const url of ['/api/units/import', '/api/figures/upload']) {
      const res = await admin.request({ method: 'POST', url, ...multipart('bom.xlsx', bomb) });
      expect(res.statusCode, url).toBe(413);
      expect(res.json().error.message).toBe('Tệp Excel khi giải nén vượt quá 100 MB; không đọc tệp này.');
    }
    await stillUp();
  });

  it('refuses a .docx zip bomb when registering a document', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Số: 01/KH-UBND')] }] }),
    );
    const res = await admin.request({
      method: 'POST',
      url: '/api/documents',
      ...multipart('bom.docx', claimInflatedSize(docx, 0xfff0_0000)),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/[ạ-ỹđ]/);
    await stillUp();
  });

  it('answers random bytes in every upload path with a 4xx and a Vietnamese message', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const cases: [string, string][] = [
      ['/api/units/import', 'x.xlsx'],
      ['/api/units/import', 'x.csv'],
      ['/api/figures/upload', 'x.xlsx'],
      ['/api/documents', 'x.docx'],
      ['/api/documents', 'x.pdf'],
      ['/api/documents', 'x.txt'],
      ['/api/extract', 'x.pdf'],
    ];
    for (const [url, name] of cases) {
      const res = await admin.request({ method: 'POST', url, ...multipart(name, noise) });
      expect(res.statusCode, `${url} ${name}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${url} ${name}`).toBeLessThan(500);
      expect(res.json().error.message, `${url} ${name}`).toMatch(/[ạ-ỹđĐ]/);
    }
    await stillUp();
  });

  it('refuses a CSV in another encoding instead of importing mojibake', async () => {
    const utf16 = Buffer.from('\ufeffcode,name,kind,parent_code\nX1,Xã Thử,Xã,20', 'utf16le');
    const res = await admin.request({
      method: 'POST',
      url: '/api/units/import',
      ...multipart('don-vi.csv', utf16),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Tệp CSV không phải UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.');
  });

  it('answers deeply nested JSON and over-long strings with a 400', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = await admin.request({
      method: 'POST',
      url: '/api/extract',
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    expect(nested.statusCode).toBe(400);
    const long = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a'.repeat(100_000), password: 'x' },
    });
    expect(long.statusCode).toBe(400);
    const huge = await admin.request({
      method: 'POST',
      url: '/api/extract',
      payload: { text: 'a'.repeat(9 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
    await stillUp();
  });

  it('treats SQL in every search and filter as text', async () => {
    const attacks = [
      "' or 1=1 --",
      "'; drop table units; --",
      '%',
      '_',
      '\\',
      "quốc' union select password_hash from users --",
    ];
    for (const q of attacks) {
      for (const url of ['/api/units', '/api/documents', '/api/tasks', '/api/users']) {
        const res = await admin.request({ url: `${url}?q=${encodeURIComponent(q)}` });
        expect(res.statusCode, `${url} ${q}`).toBe(200);
        expect(res.body).not.toContain('$argon2id');
      }
    }
    expect((await admin.request({ url: '/api/units?q=%25' })).json().items).toEqual([]);
    expect((await admin.request({ url: `/api/units/${admin.user.unit.id}` })).statusCode).toBe(200);
  });

  it('keeps a path in an uploaded file name harmless on download', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/documents',
      ...multipart('../../../etc/passwd.txt', 'ỦY BAN NHÂN DÂN TỈNH\nSố: 02/KH-UBND\nKẾ HOẠCH\nThử'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const leader = await t.signIn('lanhdao.tinh');
    const file = await leader.request({ url: `/api/documents/${res.json().id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="[\w.-]+"; filename\*=UTF-8''/,
    );
    expect(String(file.headers['content-disposition']).split(';')[1]).not.toContain('/');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });
});
