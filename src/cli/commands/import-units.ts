import fs from 'node:fs';
import path from 'node:path';
import { databaseTarget } from '../../server/database-target.ts';
import { openDatabase } from '../../server/db/client.ts';
import { parseEnv } from '../../server/env.ts';
import { AppError } from '../../server/errors.ts';
import { SYSTEM_ACTOR } from '../../server/services/audit/record-audit.ts';
import { importUnits, type RowError } from '../../server/services/units/import/import-units.ts';
import { readTable } from '../../server/tabular/read-table.ts';
import type { CliCommand } from '../command.ts';
import { progressBar } from '../progress-bar.ts';

/** `qptd import-units FILE`: imports a unit list (.csv/.xlsx) in one transaction, or nothing. */
export const importUnitsCommand: CliCommand = {
  name: 'import-units',
  summary: 'Nhập danh sách đơn vị hành chính từ tệp .csv hoặc .xlsx',
  usage:
    'qptd import-units FILE\n\nCột: code (mã), name (tên), kind (loại), parent_code (mã cấp trên), ' +
    'valid_from, valid_to (dd/mm/yyyy), successor_code (mã đơn vị kế thừa).',
  async run(args) {
    const file = args.find((a) => !a.startsWith('-'));
    if (!file) {
      process.stderr.write('Thiếu tên tệp. Cách dùng: qptd import-units FILE\n');
      return 2;
    }
    let buffer: Buffer;
    try {
      buffer = fs.readFileSync(file);
    } catch {
      process.stderr.write(`Không đọc được tệp ${file}.\n`);
      return 1;
    }
    const env = parseEnv();
    const database = await openDatabase(databaseTarget(env));
    const started = Date.now();
    try {
      const table = await readTable(buffer, path.basename(file));
      const result = await importUnits(
        database.db,
        { kind: 'system' },
        table,
        SYSTEM_ACTOR,
        progressBar('Đang nhập'),
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `Đã nhập ${result.imported} đơn vị, ${result.successions} quan hệ kế thừa trong ${seconds} giây.\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        process.stderr.write(`${error.message}\n`);
        const rows = (error.details as { errors?: RowError[] } | undefined)?.errors ?? [];
        for (const e of rows)
          process.stderr.write(`  Dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};
