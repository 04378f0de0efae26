import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { users } from '../../src/server/db/schema/index.ts';
import { reminderJob } from '../../src/server/jobs/reminder-job.ts';
import { runDailyOnce } from '../../src/server/jobs/scheduler.ts';
import { smtpMailer } from '../../src/server/services/notifications/mailer.ts';
import { type Agent, createTestApp, type TestApp } from '../helpers/app.ts';
import { testDatabaseKind } from '../helpers/database.ts';
import { registerAndConfirm } from '../helpers/documents.ts';

/** A local SMTP sink: accepts every message and keeps it, so no mail ever leaves the machine. */
async function startSink() {
  const received: { to: string; body: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let body = '';
      stream.on('data', (chunk) => {
        body += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe(`task reminders on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let officer: Agent;
  let commune: Agent;
  let sink: Awaited<ReturnType<typeof startSink>>;
  beforeAll(async () => {
    sink = await startSink();
    t = await createTestApp({ now: '2026-03-10T01:00:00Z' });
    officer = await t.signIn('canbo.tinh');
    commune = await t.signIn('canbo.dongkinh');
    await t.database.db
      .update(users)
      .set({ email: 'canbo.dongkinh@example.vn' })
      .where(eq(users.username, 'canbo.dongkinh'));
    const plan = (due: string, what: string) =>
      `ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH\nSố: ${what.length}/KH-UBND\nKẾ HOẠCH\n${what}\nBan CHQS phường chủ trì ${what}, xong trước ngày ${due}.`;
    for (const [due, what] of [
      ['17/3/2026', 'tổ chức huấn luyện dân quân'],
      ['11/3/2026', 'rà soát lực lượng dự bị động viên'],
      ['05/3/2026', 'kiểm tra công tác sẵn sàng chiến đấu'],
      ['20/4/2026', 'chuẩn bị diễn tập'],
    ] as const) {
      await registerAndConfirm(commune, plan(due, what));
    }
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('notifies the lead agency 7 days and 1 day ahead and when overdue, by app and mail, once', async () => {
    const job = reminderJob(t.clock, smtpMailer(sink.url, 'QPTD <no-reply@qptd.local>'), 'http://qptd.local');
    expect(await runDailyOnce(t.database, t.clock, job)).toBe(true);
    const mine = (await commune.request({ url: '/api/notifications' })).json();
    const titles = mine.items.map((n: { title: string }) => n.title).sort();
    expect(titles).toHaveLength(3);
    expect(titles[0]).toMatch(/^Còn 7 ngày đến hạn: .*huấn luyện dân quân.* \(hạn 17\/03\/2026\)$/);
    expect(titles[1]).toMatch(/^Ngày mai đến hạn: .*dự bị động viên.* \(hạn 11\/03\/2026\)$/);
    expect(titles[2]).toMatch(/^Quá hạn: .*sẵn sàng chiến đấu.* \(hạn 05\/03\/2026\)$/);
    expect(mine.unread).toBe(3);
    expect(sink.received).toHaveLength(3);
    expect(sink.received.every((m) => m.to === 'canbo.dongkinh@example.vn')).toBe(true);
    expect(sink.received.map((m) => m.body).join('\n')).toContain('http://qptd.local/nhiem-vu/');

    await runDailyOnce(t.database, t.clock, job);
    expect((await commune.request({ url: '/api/notifications' })).json().items).toHaveLength(
      mine.items.length,
    );
    expect(sink.received).toHaveLength(3);
    const province = (await officer.request({ url: '/api/notifications' })).json();
    expect(province.items).toEqual([]);
  });

  it('marks a notification read, and only one\u2019s own', async () => {
    const mine = (await commune.request({ url: '/api/notifications' })).json();
    const first = mine.items[0].id;
    expect(
      (await officer.request({ method: 'POST', url: `/api/notifications/${first}/read` })).statusCode,
    ).toBe(404);
    expect(
      (await commune.request({ method: 'POST', url: `/api/notifications/${first}/read` })).statusCode,
    ).toBe(204);
    expect((await commune.request({ url: '/api/notifications?unread=true' })).json().items).toHaveLength(
      mine.items.length - 1,
    );
  });

  it('reminds again the next day only about what changed', async () => {
    t.clock.set('2026-03-16T01:00:00Z');
    await runDailyOnce(t.database, t.clock, reminderJob(t.clock, null));
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from notifications where kind = 'due_in_1' and user_id = ${commune.user.id}`,
    );
    // 17/3 is now due tomorrow; 11/3 stays overdue and is notified once as overdue.
    expect(row!.n).toBe(2);
  });
});

describe(`report reminders on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // The yearly QP-QSĐP report of communes is due 15/12 (one day after the 14/12 cut-off).
    t = await createTestApp({ now: '2026-12-12T01:00:00Z' });
  });
  afterAll(async () => t?.close());

  it('reminds units that owe a report 3 days ahead and the day after it passed, not those that sent it', async () => {
    await runDailyOnce(t.database, t.clock, reminderJob(t.clock, null));
    const commune = await t.signIn('canbo.dongkinh');
    const soon = (await commune.request({ url: '/api/notifications' }))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(soon).toContain(
      'Còn 3 ngày đến hạn gửi báo cáo kết quả công tác quốc phòng, quân sự địa phương năm kỳ 2026 (hạn 15/12/2026)',
    );
    expect(
      (await (await t.signIn('xem.dongkinh')).request({ url: '/api/notifications' })).json().items,
    ).toEqual([]);
    t.clock.set('2026-12-16T01:00:00Z');
    await runDailyOnce(t.database, t.clock, reminderJob(t.clock, null));
    const later = await t.signIn('canbo.dongkinh');
    const titles = (await later.request({ url: '/api/notifications' }))
      .json()
      .items.map((n: { title: string }) => n.title);
    // The yearly and the second six-month report share the 15/12 deadline: one reminder each.
    expect(titles.filter((x: string) => x.startsWith('Đã quá hạn gửi')).sort()).toEqual([
      'Đã quá hạn gửi báo cáo kết quả công tác quốc phòng, quân sự địa phương 6 tháng kỳ 2026H2 (hạn 15/12/2026)',
      'Đã quá hạn gửi báo cáo kết quả công tác quốc phòng, quân sự địa phương năm kỳ 2026 (hạn 15/12/2026)',
    ]);
  });
});
