import { databaseTarget } from '../../server/database-target.ts';
import { openDatabase } from '../../server/db/client.ts';
import { DataDirLockedError } from '../../server/db/pglite-lock.ts';
import { parseEnv } from '../../server/env.ts';
import { backupDatabase } from '../../server/services/backup/backup-database.ts';
import { RestoreError, restoreDatabase } from '../../server/services/backup/restore-database.ts';
import type { CliCommand } from '../command.ts';

async function withDatabase(
  run: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>,
): Promise<number> {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(databaseTarget(parseEnv()));
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(
        `${error.message}\nCơ sở dữ liệu nhúng (PGlite) chỉ sao lưu/khôi phục được khi máy chủ đã dừng; với PostgreSQL thì sao lưu được khi đang chạy.\n`,
      );
      return 1;
    }
    throw error;
  }
  try {
    await run(database);
    return 0;
  } catch (error) {
    if (error instanceof RestoreError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** `qptd backup FILE`: a consistent snapshot of every table (gzipped JSON lines). */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Sao lưu toàn bộ dữ liệu ra một tệp (ảnh chụp nhất quán)',
  usage: 'qptd backup FILE',
  async run(args) {
    const file = args.find((a) => !a.startsWith('-'));
    if (!file) {
      process.stderr.write('Thiếu tên tệp. Cách dùng: qptd backup FILE\n');
      return 2;
    }
    return withDatabase(async (database) => {
      const started = Date.now();
      const { tables, rows } = await backupDatabase(database.db, file);
      process.stdout.write(
        `Đã sao lưu ${rows} dòng của ${tables} bảng vào ${file} trong ${((Date.now() - started) / 1000).toFixed(1)} giây.\n`,
      );
    });
  },
};

/** `qptd restore FILE`: loads a backup into an empty database, all or nothing. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Khôi phục dữ liệu từ tệp sao lưu vào cơ sở dữ liệu mới',
  usage: 'qptd restore FILE   (cơ sở dữ liệu đích phải trống; đặt QPTD_DEMO=false khi khởi động lần đầu)',
  async run(args) {
    const file = args.find((a) => !a.startsWith('-'));
    if (!file) {
      process.stderr.write('Thiếu tên tệp. Cách dùng: qptd restore FILE\n');
      return 2;
    }
    return withDatabase(async (database) => {
      const { ensureIndicatorCatalogue } = await import(
        '../../server/services/indicators/ensure-catalogue.ts'
      );
      const { ensureReportForms } = await import('../../server/services/reports/ensure-report-forms.ts');
      await ensureIndicatorCatalogue(database.db);
      await ensureReportForms(database.db);
      const { tables, rows } = await restoreDatabase(database.db, file);
      process.stdout.write(`Đã khôi phục ${rows} dòng của ${tables} bảng từ ${file}.\n`);
    });
  },
};
