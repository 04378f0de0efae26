import type { AgencyKind, UnitKind } from '../../../shared/enums.ts';

/** An agency to create in a unit, with the names extracted text may use for it. */
export interface AgencyTemplate {
  kind: AgencyKind;
  name: string;
  shortName: string;
  aliases: string[];
}

/** The unit-kind word as it appears inside agency names ("tỉnh", "xã", "phường" ...). */
export function unitKindWord(kind: UnitKind): string {
  const words: Record<UnitKind, string> = {
    quoc_gia: 'toàn quốc',
    tinh: 'tỉnh',
    thanh_pho_tw: 'thành phố',
    huyen: 'huyện',
    quan: 'quận',
    thi_xa: 'thị xã',
    thanh_pho_thuoc_tinh: 'thành phố',
    xa: 'xã',
    phuong: 'phường',
    thi_tran: 'thị trấn',
    dac_khu: 'đặc khu',
  };
  return words[kind];
}

/** "Tỉnh Lạng Sơn" -> "Lạng Sơn": the proper name without its kind word. */
export function placeName(unitName: string): string {
  return unitName.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u, '').trim();
}

const PROVINCE_DEPARTMENTS: [name: string, short: string, aliases: string[]][] = [
  ['Sở Nội vụ', 'Sở Nội vụ', ['SNV']],
  ['Sở Tài chính', 'Sở Tài chính', ['STC', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'Sở KHĐT']],
  ['Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', ['Sở GDĐT', 'Sở Giáo dục']],
  ['Sở Y tế', 'Sở Y tế', []],
  ['Sở Xây dựng', 'Sở Xây dựng', ['Sở Giao thông vận tải', 'Sở GTVT']],
  [
    'Sở Nông nghiệp và Môi trường',
    'Sở NN&MT',
    ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'Sở Tài nguyên và Môi trường', 'Sở TN&MT'],
  ],
  ['Sở Công Thương', 'Sở Công Thương', ['Sở Công thương']],
  ['Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', ['Sở VH,TT&DL', 'Sở Văn hóa']],
  ['Sở Khoa học và Công nghệ', 'Sở KH&CN', ['Sở Thông tin và Truyền thông', 'Sở TT&TT']],
  ['Sở Tư pháp', 'Sở Tư pháp', []],
  ['Sở Dân tộc và Tôn giáo', 'Sở DT&TG', ['Ban Dân tộc']],
  ['Sở Ngoại vụ', 'Sở Ngoại vụ', []],
];

const PROVINCE_MASS_ORGANISATIONS: [name: string, short: string][] = [
  ['Tỉnh đoàn', 'Tỉnh đoàn'],
  ['Hội Liên hiệp Phụ nữ tỉnh', 'Hội LHPN tỉnh'],
  ['Hội Nông dân tỉnh', 'Hội Nông dân tỉnh'],
  ['Hội Cựu chiến binh tỉnh', 'Hội CCB tỉnh'],
  ['Liên đoàn Lao động tỉnh', 'LĐLĐ tỉnh'],
];

/** Standard agencies of a province-level unit (after the 2025 reform). */
export function provinceAgencies(unitName: string, kind: UnitKind, hasBorder: boolean): AgencyTemplate[] {
  const place = placeName(unitName);
  const w = unitKindWord(kind);
  const party = kind === 'thanh_pho_tw' ? 'Thành ủy' : 'Tỉnh ủy';
  const list: AgencyTemplate[] = [
    {
      kind: 'ubnd',
      name: `Ủy ban nhân dân ${w} ${place}`,
      shortName: `UBND ${w}`,
      aliases: [`UBND ${w} ${place}`, `Ủy ban nhân dân ${w}`],
    },
    {
      kind: 'hdnd',
      name: `Hội đồng nhân dân ${w} ${place}`,
      shortName: `HĐND ${w}`,
      aliases: [`HĐND ${w} ${place}`, `Hội đồng nhân dân ${w}`],
    },
    {
      kind: 'party_committee',
      name: `${party} ${place}`,
      shortName: party,
      aliases: [`Ban Thường vụ ${party}`, `Ban Chấp hành Đảng bộ ${w}`, `Đảng bộ ${w} ${place}`],
    },
    {
      kind: 'mttq',
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${w} ${place}`,
      shortName: `Ủy ban MTTQ ${w}`,
      aliases: [
        `UBMTTQ ${w}`,
        `MTTQ ${w}`,
        `Ủy ban MTTQ Việt Nam ${w}`,
        `Ủy ban MTTQ Việt Nam ${w} ${place}`,
      ],
    },
    {
      kind: 'military_command',
      name: `Bộ Chỉ huy Quân sự ${w} ${place}`,
      shortName: `Bộ CHQS ${w}`,
      aliases: [`Bộ Chỉ huy Quân sự ${w}`, `Bộ CHQS ${w} ${place}`, `BCHQS ${w}`],
    },
    {
      kind: 'police',
      name: `Công an ${w} ${place}`,
      shortName: `Công an ${w}`,
      aliases: [`CA ${w}`],
    },
  ];
  if (hasBorder) {
    list.push({
      kind: 'border_guard',
      name: `Bộ Chỉ huy Bộ đội Biên phòng ${w} ${place}`,
      shortName: `BĐBP ${w}`,
      aliases: [`Bộ đội Biên phòng ${w}`, `Bộ CHBĐBP ${w}`, `Bộ Chỉ huy Bộ đội Biên phòng ${w}`],
    });
  }
  for (const [name, short, aliases] of PROVINCE_DEPARTMENTS) {
    list.push({
      kind: 'department',
      name: `${name} ${w} ${place}`,
      shortName: short,
      aliases: [name, ...aliases],
    });
  }
  for (const [name, short] of PROVINCE_MASS_ORGANISATIONS) {
    list.push({ kind: 'mass_organisation', name: `${name} ${place}`, shortName: short, aliases: [name] });
  }
  return list;
}

/** Standard agencies of a commune, ward or special zone. */
export function communeAgencies(unitName: string, kind: UnitKind): AgencyTemplate[] {
  const place = placeName(unitName);
  const w = unitKindWord(kind);
  return [
    {
      kind: 'ubnd',
      name: `Ủy ban nhân dân ${w} ${place}`,
      shortName: `UBND ${w} ${place}`,
      aliases: [`UBND ${w}`, `Ủy ban nhân dân ${w}`],
    },
    {
      kind: 'hdnd',
      name: `Hội đồng nhân dân ${w} ${place}`,
      shortName: `HĐND ${w} ${place}`,
      aliases: [`HĐND ${w}`],
    },
    {
      kind: 'party_committee',
      name: `Đảng ủy ${w} ${place}`,
      shortName: `Đảng ủy ${w} ${place}`,
      aliases: [`Đảng ủy ${w}`, `Ban Thường vụ Đảng ủy ${w}`],
    },
    {
      kind: 'mttq',
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${w} ${place}`,
      shortName: `Ủy ban MTTQ ${w} ${place}`,
      aliases: [`Ủy ban MTTQ ${w}`, `MTTQ ${w}`, `UBMTTQ ${w}`],
    },
    {
      kind: 'military_command',
      name: `Ban Chỉ huy Quân sự ${w} ${place}`,
      shortName: `Ban CHQS ${w} ${place}`,
      aliases: [`Ban CHQS ${w}`, `Ban Chỉ huy Quân sự ${w}`],
    },
    {
      kind: 'police',
      name: `Công an ${w} ${place}`,
      shortName: `Công an ${w} ${place}`,
      aliases: [`Công an ${w}`],
    },
  ];
}
