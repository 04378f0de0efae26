import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWardSuccessions } from '../src/server/services/units/legacy-units.ts';
import { readNationalUnits2025 } from '../src/server/services/units/national-units.ts';

const VENDOR = new URL('../vendor/', import.meta.url);

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csvLine = (cells: string[]) => cells.map(csvCell).join(',');
const HEADER = ['code', 'name', 'kind', 'parent_code', 'valid_from', 'valid_to', 'successor_code'];

/** The real 2025 list as an import file: 34 provinces and 3,321 communes. */
export function nationalList2025Csv(): { csv: string; rows: number } {
  const units = readNationalUnits2025();
  const lines = units.map((u) =>
    csvLine([u.code, u.name, u.kind, u.parentCode ?? '', u.parentCode ? '01/07/2025' : '', '', '']),
  );
  return { csv: [csvLine(HEADER), ...lines].join('\n'), rows: lines.length };
}

/** The real pre-2025 list (63 / 705 / 10,599) ending 30/06/2025, each commune naming its successor. */
export function legacyListCsv(): { csv: string; rows: number } {
  const file = JSON.parse(
    fs.readFileSync(fileURLToPath(new URL('vietnam-provinces/units-pre-2025.json', VENDOR)), 'utf8'),
  ) as {
    provinces: [string, string, string][];
    districts: [string, string, string, string][];
    wards: [string, string, string, string][];
  };
  const successors = readWardSuccessions();
  const end = '30/06/2025';
  const lines = [
    ...file.provinces.map(([code, name, word]) =>
      csvLine([`P${code}`, name, word === 'Tỉnh' ? 'tinh' : 'thanh_pho_tw', '', '', end, '']),
    ),
    ...file.districts.map(([code, name, word, province]) =>
      csvLine([
        `D${code}`,
        name,
        word === 'Thành phố' ? 'thanh_pho_thuoc_tinh' : word,
        `P${province}`,
        '',
        end,
        '',
      ]),
    ),
    ...file.wards.map(([code, name, word, district]) =>
      csvLine([code, name, word, `D${district}`, '', end, successors.get(code)?.[0] ?? '']),
    ),
  ];
  return { csv: [csvLine(HEADER), ...lines].join('\n'), rows: lines.length };
}
