import { databaseTarget } from '../../server/database-target.ts';
import { openDatabase } from '../../server/db/client.ts';
import { parseEnv } from '../../server/env.ts';
import type { CliCommand } from '../command.ts';

/** `qptd migrate`: applies pending migrations and exits. */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Áp dụng các bản di chuyển (migration) cơ sở dữ liệu còn thiếu',
  usage: 'qptd migrate',
  async run() {
    const env = parseEnv();
    const database = await openDatabase(databaseTarget(env));
    process.stdout.write(`Đã cập nhật cấu trúc cơ sở dữ liệu: ${database.location}\n`);
    await database.close();
    return 0;
  },
};
