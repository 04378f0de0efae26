import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { IngestError, readDocumentBuffer, SUPPORTED_EXTENSIONS } from '../../ingest/read-document.ts';
import { systemClock } from '../../server/clock.ts';
import { databaseTarget } from '../../server/database-target.ts';
import { openDatabase } from '../../server/db/client.ts';
import { queryRows } from '../../server/db/query-rows.ts';
import { parseEnv } from '../../server/env.ts';
import { SYSTEM_ACTOR } from '../../server/services/audit/record-audit.ts';
import { insertDocument } from '../../server/services/documents/register-document.ts';
import type { CliCommand } from '../command.ts';
import { progressBar } from '../progress-bar.ts';

const MIME: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * `qptd import-documents DIR --unit CODE`: registers every .txt/.docx/.pdf of a folder for a unit,
 * extraction accepted as is and marked "chưa rà soát". One transaction per file, and files already
 * registered (same SHA-256 in the unit) are skipped, so an interrupted import is simply run again.
 */
export const importDocumentsCommand: CliCommand = {
  name: 'import-documents',
  summary: 'Đăng ký hàng loạt văn bản trong một thư mục (đánh dấu "chưa rà soát")',
  usage: 'qptd import-documents DIR --unit MÃ_ĐƠN_VỊ [--secret]',
  async run(args) {
    const dir = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--unit');
    const unitCode = args[args.indexOf('--unit') + 1];
    if (!dir || !args.includes('--unit') || !unitCode) {
      process.stderr.write(`Thiếu tham số. Cách dùng: ${this.usage}\n`);
      return 2;
    }
    let files: string[];
    try {
      files = fs
        .readdirSync(dir)
        .filter((f) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(f).toLowerCase()))
        .sort();
    } catch {
      process.stderr.write(`Không đọc được thư mục ${dir}.\n`);
      return 1;
    }
    const database = await openDatabase(databaseTarget(parseEnv()));
    try {
      const [unit] = await queryRows<{ id: string; path: string; name: string }>(
        database.db,
        sql`select id, path::text as path, name from units where code = ${unitCode} and valid_to is null`,
      );
      if (!unit) {
        process.stderr.write(`Không có đơn vị đang hoạt động mã ${unitCode}.\n`);
        return 1;
      }
      const progress = progressBar(`Đăng ký văn bản cho ${unit.name}`);
      const failures: string[] = [];
      let registered = 0;
      let skipped = 0;
      for (const [i, file] of files.entries()) {
        const full = path.join(dir, file);
        try {
          const bytes = fs.readFileSync(full);
          const sha = createHash('sha256').update(bytes).digest('hex');
          const [seen] = await queryRows(
            database.db,
            sql`select 1 from documents where unit_id = ${unit.id} and file_sha256 = ${sha}`,
          );
          if (seen) {
            skipped += 1;
          } else {
            const text = await readDocumentBuffer(bytes, file);
            await insertDocument(
              database.db,
              systemClock,
              SYSTEM_ACTOR,
              { id: Number(unit.id), path: unit.path },
              {
                text,
                classification: args.includes('--secret') ? 'mat' : 'thuong',
                reviewState: 'unreviewed',
                file: { name: file, mime: MIME[path.extname(file).toLowerCase()]!, bytes },
              },
            );
            registered += 1;
          }
        } catch (error) {
          failures.push(
            `${file}: ${error instanceof IngestError ? error.message : (error as Error).message}`,
          );
        }
        progress(i + 1, files.length);
      }
      process.stdout.write(
        `Đã đăng ký ${registered} văn bản, bỏ qua ${skipped} văn bản đã có, ${failures.length} tệp lỗi.\n`,
      );
      for (const line of failures) process.stderr.write(`  ${line}\n`);
      return failures.length > 0 ? 1 : 0;
    } finally {
      await database.close();
    }
  },
};
