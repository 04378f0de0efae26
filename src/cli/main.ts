import type { CliCommand } from './command.ts';

// Each command is loaded only when asked for, so `qptd --help` stays instant.
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  serve: {
    summary: 'Chạy máy chủ QPTD (mặc định http://localhost:3000)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  migrate: {
    summary: 'Áp dụng các bản di chuyển (migration) cơ sở dữ liệu còn thiếu',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  'import-units': {
    summary: 'Nhập danh sách đơn vị hành chính từ tệp .csv hoặc .xlsx',
    load: async () => (await import('./commands/import-units.ts')).importUnitsCommand,
  },
  'import-documents': {
    summary: 'Đăng ký hàng loạt văn bản trong một thư mục (đánh dấu "chưa rà soát")',
    load: async () => (await import('./commands/import-documents.ts')).importDocumentsCommand,
  },
  backup: {
    summary: 'Sao lưu toàn bộ dữ liệu ra một tệp (ảnh chụp nhất quán)',
    load: async () => (await import('./commands/backup.ts')).backupCommand,
  },
  restore: {
    summary: 'Khôi phục dữ liệu từ tệp sao lưu vào cơ sở dữ liệu mới',
    load: async () => (await import('./commands/backup.ts')).restoreCommand,
  },
  extract: {
    summary: 'Trích xuất thông tin từ văn bản (.txt, .docx, .pdf) ra JSON',
    load: async () => (await import('./commands/extract.ts')).extractCommand,
  },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
  return [
    'QPTD: quản lý công tác xây dựng nền quốc phòng toàn dân và khu vực phòng thủ',
    '',
    'Cách dùng: qptd <lệnh> [tham số]',
    '',
    'Các lệnh:',
    ...lines,
    '',
    'Xem hướng dẫn của một lệnh: qptd <lệnh> --help',
    '',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`Lệnh không tồn tại: ${name}\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nCách dùng: ${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}
