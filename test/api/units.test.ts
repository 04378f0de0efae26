import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { users } from '../../src/server/db/schema/index.ts';
import { insertUnits, type NewUnit } from '../../src/server/services/units/insert-units.ts';
import { buildAgency } from '../factories/units.ts';
import { type Agent, createTestApp, type TestApp, unitIdByName } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

async function countUnits(t: TestApp): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from units`);
  return row!.n;
}

describe(`units and scope on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let communeOfficer: Agent;
  let provinceLeader: Agent;
  let provinceId: number;
  beforeAll(async () => {
    t = await createTestApp();
    communeOfficer = await t.signIn('canbo.dongkinh');
    provinceLeader = await t.signIn('lanhdao.tinh');
    provinceId = provinceLeader.user.unit.id;
  });
  afterAll(async () => t?.close());

  it('shows a commune officer only their commune', async () => {
    const root = (await communeOfficer.request({ url: '/api/units' })).json();
    expect(root.items.map((u: { name: string }) => u.name)).toEqual(['Phường Đông Kinh']);
    const search = (
      await communeOfficer.request({ url: `/api/units?q=${encodeURIComponent('Phường')}` })
    ).json();
    expect(search.items.map((u: { name: string }) => u.name)).toEqual(['Phường Đông Kinh']);
    expect((await communeOfficer.request({ url: `/api/units/${provinceId}` })).statusCode).toBe(404);
    const neighbour = await unitIdByName(t.database, 'Phường Lương Văn Tri');
    const res = await communeOfficer.request({ url: `/api/units/${neighbour}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Không tìm thấy đơn vị này hoặc bạn không có quyền xem.');
  });

  it('shows a province leader the province and all its communes, old districts on request', async () => {
    const current = (
      await provinceLeader.request({ url: `/api/units?parentId=${provinceId}&limit=200` })
    ).json();
    expect(current.items).toHaveLength(65);
    expect(
      current.items.every(
        (u: { level: number; validTo: string | null }) => u.level === 3 && u.validTo === null,
      ),
    ).toBe(true);
    const all = (
      await provinceLeader.request({ url: `/api/units?parentId=${provinceId}&historic=true&limit=200` })
    ).json();
    const districts = all.items.filter((u: { level: number }) => u.level === 2);
    expect(districts.length).toBe(11);
    expect(districts.every((u: { validTo: string }) => u.validTo === '2025-06-30')).toBe(true);
  });

  it('searches without accents: "luong van tri" finds "Phường Lương Văn Tri"', async () => {
    const res = (await provinceLeader.request({ url: '/api/units?q=luong%20van%20tri' })).json();
    expect(res.items.map((u: { name: string }) => u.name)).toEqual(['Phường Lương Văn Tri']);
    const dd = (await provinceLeader.request({ url: '/api/units?q=dong%20dang' })).json();
    expect(dd.items.map((u: { name: string }) => u.name)).toContain('Xã Đồng Đăng');
    const wild = (await provinceLeader.request({ url: '/api/units?q=%25' })).json();
    expect(wild.items).toEqual([]);
  });

  it('links an old commune to the commune that succeeded it, both ways', async () => {
    const res = (
      await provinceLeader.request({
        url: `/api/units?q=${encodeURIComponent('Thị trấn Đồng Đăng')}&historic=true`,
      })
    ).json();
    const old = res.items.find((u: { validTo: string | null }) => u.validTo !== null);
    expect(old).toBeDefined();
    const detail = (await provinceLeader.request({ url: `/api/units/${old.id}` })).json();
    expect(detail.successors[0]).toMatchObject({ name: 'Xã Đồng Đăng', effectiveDate: '2025-07-01' });
    expect(detail.path.map((p: { name: string }) => p.name)).toEqual(['Tỉnh Lạng Sơn', 'Huyện Cao Lộc']);
    const successor = (await provinceLeader.request({ url: `/api/units/${detail.successors[0].id}` })).json();
    expect(successor.predecessors.map((p: { name: string }) => p.name)).toContain('Thị trấn Đồng Đăng');
    expect(successor.agencies.map((a: { shortName: string }) => a.shortName)).toContain(
      'Ban CHQS xã Đồng Đăng',
    );
  });

  it('resolves a subtree in one statement on a deep and wide tree', async () => {
    // 6 levels deep, 4 wide: 5,460 units under one root; a user in a depth-2 node sees exactly its 340.
    const rows: NewUnit[] = [
      { key: 'r', code: 'DEEP', name: 'Gốc sâu', kind: 'tinh', parent: null, validFrom: null, validTo: null },
    ];
    let frontier = ['r'];
    for (let depth = 1; depth <= 6; depth += 1) {
      const next: string[] = [];
      for (const parent of frontier) {
        for (let i = 0; i < 4; i += 1) {
          const key = `${parent}.${i}`;
          rows.push({
            key,
            code: `D${key.replaceAll('.', '')}`,
            name: `Nút sâu ${key}`,
            kind: depth === 1 ? 'huyen' : 'xa',
            parent: { key: parent },
            validFrom: null,
            validTo: null,
          });
          next.push(key);
        }
      }
      frontier = next;
    }
    const placed = await insertUnits(t.database.db, rows);
    const node = placed.get('r.1.2')!;
    const agency = await buildAgency(t.database.db, node.id);
    await t.database.db.insert(users).values({
      username: 'sau.nut',
      fullName: 'Người dùng nút sâu',
      role: 'viewer',
      agencyId: agency.id,
      passwordHash: await hashPassword('mat-khau-nut-sau'),
      mustChangePassword: false,
    });
    const agent = await t.signIn('sau.nut', 'mat-khau-nut-sau');
    const res = (
      await agent.request({ url: `/api/units?q=${encodeURIComponent('Nút sâu')}&limit=200` })
    ).json();
    const expectedUnder = rows.filter((r) => r.key === 'r.1.2' || r.key.startsWith('r.1.2.')).length;
    expect(expectedUnder).toBe(1 + 4 + 16 + 64 + 256);
    expect(res.items).toHaveLength(200);
    expect(res.items.every((u: { name: string }) => u.name.startsWith('Nút sâu r.1.2'))).toBe(true);
    const deepest = placed.get('r.1.2.3.3.3.3')!;
    expect((await agent.request({ url: `/api/units/${deepest.id}` })).json().path).toHaveLength(4);
    expect((await agent.request({ url: `/api/units/${placed.get('r.1.3')!.id}` })).statusCode).toBe(404);
  });

  describe('import of unit lists', () => {
    const goodCsv = [
      'code,name,kind,parent_code,valid_from,valid_to,successor_code',
      'T90,Tỉnh Thử Nghiệm,Tỉnh,,,,',
      'T90H1,Huyện Cũ,Huyện,T90,,30/06/2025,',
      'T90X1,Xã Mới Một,Xã,T90,01/07/2025,,',
      'T90X0,Xã Cũ,Xã,T90H1,,30/06/2025,T90X1',
    ].join('\n');

    it('lets only admins import', async () => {
      const res = await communeOfficer.request({
        method: 'POST',
        url: '/api/units/import',
        ...multipart('u.csv', goodCsv),
      });
      expect(res.statusCode).toBe(403);
    });

    it('refuses province rows through the web and rows outside the admin scope, importing nothing', async () => {
      const admin = await t.signIn('admin.dongkinh');
      const before = await countUnits(t);
      const csv = ['code,name,kind,parent_code', 'T91,Tỉnh Khác,Tỉnh,', 'T91X,Xã Khác,Xã,20'].join('\n');
      const res = await admin.request({
        method: 'POST',
        url: '/api/units/import',
        ...multipart('u.csv', csv),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.errors).toEqual([
        {
          row: 2,
          column: 'Mã cấp trên',
          message: 'Đơn vị cấp tỉnh chỉ được nhập bằng lệnh qptd import-units trên máy chủ.',
        },
        { row: 3, column: 'Mã cấp trên', message: 'Đơn vị cấp trên mã 20 nằm ngoài phạm vi của bạn.' },
      ]);
      expect(await countUnits(t)).toBe(before);
    });

    it('reports every bad row of a file with row, column and a Vietnamese message, and imports nothing', async () => {
      const admin = await t.signIn('admin.tinh');
      const before = await countUnits(t);
      const csv = [
        'mã,tên,loại,mã cấp trên,hiệu lực từ',
        'B01,Xã Tốt,Xã,20,01/07/2025',
        'B02,Xã Sai Loại,Làng,20,',
        'B03,,Xã,20,',
        'B04,Xã Sai Ngày,Xã,20,31/02/2026',
        'B05,Xã Mồ Côi,Xã,KHONGCO,',
      ].join('\n');
      const res = await admin.request({
        method: 'POST',
        url: '/api/units/import',
        ...multipart('u.csv', csv),
      });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.message).toBe('Tệp có 4 lỗi; chưa nhập đơn vị nào.');
      expect(
        body.error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
      ).toEqual([
        [3, 'Loại'],
        [4, 'Tên'],
        [5, 'Hiệu lực từ'],
        [6, 'Mã cấp trên'],
      ]);
      expect(body.error.details.errors[2].message).toBe('Ngày "31/02/2026" không hợp lệ (dùng dd/mm/yyyy).');
      expect(await countUnits(t)).toBe(before);
    });

    it('imports a good .xlsx under the admin province in one transaction, with successions and audit', async () => {
      const admin = await t.signIn('admin.tinh');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Đơn vị');
      sheet.addRow(['code', 'name', 'kind', 'parent_code', 'valid_from', 'valid_to', 'successor_code']);
      sheet.addRow(['X01', 'Huyện Thử', 'Huyện', '20', '', '30/06/2025', '']);
      sheet.addRow(['X02', 'Xã Thử Cũ', 'Xã', 'X01', '', '30/06/2025', 'X03']);
      sheet.addRow(['X03', 'Xã Thử Mới', 'xa', '20', '01/07/2025', '', '']);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const res = await admin.request({
        method: 'POST',
        url: '/api/units/import',
        ...multipart('don-vi.xlsx', buffer),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: 3, successions: 1 });
      const found = (await admin.request({ url: '/api/units?q=xa%20thu%20cu&historic=true' })).json();
      const detail = (await admin.request({ url: `/api/units/${found.items[0].id}` })).json();
      expect(detail.path.map((p: { name: string }) => p.name)).toEqual(['Tỉnh Lạng Sơn', 'Huyện Thử']);
      expect(detail.successors).toEqual([
        expect.objectContaining({ name: 'Xã Thử Mới', effectiveDate: '2025-07-01' }),
      ]);
      const audit = (await admin.request({ url: '/api/audit?action=import' })).json();
      expect(audit.total).toBe(3);
      expect(audit.items[0].actor.id).toBe(admin.user.id);
    });

    it('answers 415 for an unsupported file and 400 for a corrupt workbook', async () => {
      const admin = await t.signIn('admin.tinh');
      const pdf = await admin.request({
        method: 'POST',
        url: '/api/units/import',
        ...multipart('a.pdf', '%PDF-1.4'),
      });
      expect(pdf.statusCode).toBe(415);
      expect(pdf.json().error.message).toBe('Chỉ nhận tệp .csv hoặc .xlsx.');
      const bad = await admin.request({
        method: 'POST',
        url: '/api/units/import',
        ...multipart('a.xlsx', 'not a zip'),
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toBe('Tệp Excel bị hỏng hoặc không đọc được.');
      const notMultipart = await admin.request({
        method: 'POST',
        url: '/api/units/import',
        payload: { a: 1 },
      });
      expect(notMultipart.statusCode).toBe(415);
    });

    it('imports a whole-country list from the CLI path (system importer) with province rows', async () => {
      const { importUnits } = await import('../../src/server/services/units/import/import-units.ts');
      const { readTable } = await import('../../src/server/tabular/read-table.ts');
      const table = await readTable(Buffer.from(goodCsv), 'u.csv');
      const result = await importUnits(t.database.db, { kind: 'system' }, table, {
        userId: null,
        requestId: null,
      });
      expect(result).toEqual({ imported: 4, successions: 1 });
    });
  });
});
