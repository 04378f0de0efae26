/**
 * `qptd extract FILE... [--out DIR] [--format json|text]`: reads documents
 * (.txt, .docx, .pdf), extracts their fields and writes one JSON per file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_KINDS, extractDocument } from '../../extract/index.ts';
import type { Extraction, Target } from '../../extract/types.ts';
import { IngestError, readDocumentBuffer } from '../../ingest/read-document.ts';
import type { CliCommand } from '../command.ts';

const USAGE = [
  'qptd extract TỆP... [--out THƯ_MỤC] [--format json|text]',
  '  --out THƯ_MỤC     ghi mỗi kết quả vào THƯ_MỤC/<tên tệp>.json (không có: in JSON ra màn hình)',
  '  --format json|text  định dạng in ra màn hình: json (mặc định) hoặc bản tóm tắt tiếng Việt',
].join('\n');

interface ParsedArgs {
  files: string[];
  outDir: string | null;
  format: 'json' | 'text';
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { files: [], outDir: null, format: 'json', help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      const v = args[i];
      if (v === undefined || v === '') throw new UsageError(`Thiếu giá trị cho ${name}.`);
      return v;
    };
    if (name === '--help' || name === '-h') parsed.help = true;
    else if (name === '--out' || name === '-o') parsed.outDir = value();
    else if (name === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'text')
        throw new UsageError(`Định dạng không hợp lệ: ${f} (chỉ json hoặc text).`);
      parsed.format = f;
    } else if (name === '--') parsed.files.push(...args.slice(i + 1).filter((a) => a !== ''));
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`Tùy chọn không hợp lệ: ${name}.`);
    else parsed.files.push(arg);
    if (name === '--') break;
  }
  return parsed;
}

const ROLE_LABEL = { lead: 'chủ trì', support: 'phối hợp' } as const;

function targetAmount(t: Target): string {
  if (t.min !== null && t.max === null) return `từ ${t.min} ${t.unit} trở lên`;
  if (t.min !== null && t.max !== null && t.min !== t.max) return `${t.min}–${t.max} ${t.unit}`;
  return `${t.min ?? t.max ?? '?'} ${t.unit}`;
}

/** A human-readable Vietnamese summary of one extraction. */
export function formatExtractionSummary(fileName: string, x: Extraction): string {
  const lines: string[] = [`Tệp: ${fileName}`];
  const field = (label: string, value: string | null) => lines.push(`  ${label}: ${value ?? '(không có)'}`);
  field('Số, ký hiệu', x.number);
  field('Loại văn bản', x.kindName ?? DOCUMENT_KINDS.find((k) => k.code === x.kind)?.name ?? x.kind);
  field('Cơ quan ban hành', x.issuer);
  field('Địa danh, ngày', [x.place, x.date].filter(Boolean).join(', ') || null);
  field('Trích yếu', x.subject);
  field('Người ký', x.signer ? [x.signer.position, x.signer.name].filter(Boolean).join(' ') || null : null);
  const list = (label: string, items: string[]) => {
    lines.push(`  ${label} (${items.length}):`);
    for (const item of items) lines.push(`    - ${item}`);
  };
  list('Nơi nhận', x.recipients);
  list(
    'Văn bản được viện dẫn',
    x.citations.map(
      (c) =>
        `${c.kind ?? '?'} ${c.number}${c.date ? ` ngày ${c.date}` : ''}${c.issuer ? ` của ${c.issuer}` : ''}`,
    ),
  );
  list(
    'Giao nhiệm vụ',
    x.assignments.map(
      (a) => `${a.agency} (${ROLE_LABEL[a.role]}): ${a.task}${a.due ? ` — hạn ${a.due}` : ''}`,
    ),
  );
  list(
    'Thời hạn',
    x.deadlines.map((d) => `${d.date}: ${d.text}`),
  );
  list(
    'Chỉ tiêu',
    x.targets.map((t) => `${targetAmount(t)}: ${t.text}`),
  );
  list(
    'Kết quả',
    x.results.map((r) => `${r.value} ${r.unit}${r.period ? ` (${r.period})` : ''}: ${r.text}`),
  );
  return lines.join('\n');
}

/** The `extract` sub-command. */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Trích xuất số, ký hiệu, nhiệm vụ, thời hạn, chỉ tiêu từ văn bản (.txt, .docx, .pdf)',
  usage: USAGE,
  async run(args: string[]): Promise<number> {
    let parsed: ParsedArgs;
    try {
      parsed = parseArgs(args);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`${err.message}\nCách dùng: ${USAGE}\n`);
      return 2;
    }
    if (parsed.help) {
      process.stdout.write(`Cách dùng: ${USAGE}\n`);
      return 0;
    }
    if (parsed.files.length === 0) {
      process.stderr.write(`Chưa chỉ định tệp nào.\nCách dùng: ${USAGE}\n`);
      return 2;
    }
    if (parsed.outDir) await fs.mkdir(parsed.outDir, { recursive: true });

    let failures = 0;
    for (const file of parsed.files) {
      try {
        const buf = await fs.readFile(file).catch((cause: NodeJS.ErrnoException) => {
          const reason =
            cause.code === 'ENOENT'
              ? 'không tìm thấy tệp'
              : cause.code === 'EISDIR'
                ? 'đây là thư mục'
                : 'không đọc được tệp';
          throw new IngestError('corrupt', `${reason}.`, { cause });
        });
        const text = await readDocumentBuffer(
          new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength),
          file,
        );
        const extraction = extractDocument(text);
        if (parsed.outDir) {
          const base = path.basename(file, path.extname(file));
          await fs.writeFile(
            path.join(parsed.outDir, `${base}.json`),
            `${JSON.stringify(extraction, null, 2)}\n`,
          );
          if (parsed.format === 'text')
            process.stdout.write(`${formatExtractionSummary(file, extraction)}\n\n`);
        } else if (parsed.format === 'text') {
          process.stdout.write(`${formatExtractionSummary(file, extraction)}\n\n`);
        } else {
          process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
        }
      } catch (err) {
        failures += 1;
        const message =
          err instanceof IngestError ? err.message : err instanceof Error ? err.message : String(err);
        process.stderr.write(`Lỗi: ${file}: ${message.replace(/\s+/gu, ' ')}\n`);
      }
    }
    return failures > 0 ? 1 : 0;
  },
};
