import { describe, expect, it } from 'vitest';
import { nameSimilarity, normalizeAgencyName, parsePluralTarget } from './agency-names.ts';

describe('agency names', () => {
  it('treats abbreviations, accents and tone placement alike', () => {
    expect(normalizeAgencyName('Bộ CHQS tỉnh')).toBe(normalizeAgencyName('Bộ Chỉ huy Quân sự tỉnh'));
    expect(normalizeAgencyName('UBND tỉnh')).toBe('uy ban nhan dan tinh');
    expect(normalizeAgencyName('Uỷ ban MTTQ huyện')).toBe(
      normalizeAgencyName('Ủy ban Mặt trận Tổ quốc huyện'),
    );
    expect(normalizeAgencyName('Sở GD&ĐT')).toBe('so giao duc va dao tao');
    expect(
      nameSimilarity(normalizeAgencyName('Sở Tài chính'), normalizeAgencyName('Sở Tài chính tỉnh Lạng Sơn')),
    ).toBeGreaterThan(0.5);
  });

  it('reads plural and level phrases into the kind of agency and level they address', () => {
    expect(parsePluralTarget('UBND các huyện, thành phố')).toEqual({ agencyKind: 'ubnd', level: 2 });
    expect(parsePluralTarget('các xã, phường, thị trấn')).toEqual({ agencyKind: 'ubnd', level: 3 });
    expect(parsePluralTarget('Đảng ủy các phường')).toEqual({ agencyKind: 'party_committee', level: 3 });
    expect(parsePluralTarget('Cấp xã')).toEqual({ agencyKind: 'ubnd', level: 3 });
    expect(parsePluralTarget('Ban CHQS các xã')).toEqual({ agencyKind: 'military_command', level: 3 });
    expect(parsePluralTarget('Các sở, ban, ngành, đoàn thể')).toEqual({
      agencyKind: 'department',
      level: null,
    });
    expect(parsePluralTarget('Ủy ban nhân dân cấp huyện')).toEqual({ agencyKind: 'ubnd', level: 2 });
    expect(parsePluralTarget('Cấp tỉnh')).toEqual({ agencyKind: 'ubnd', level: null });
    expect(parsePluralTarget('Các phòng, ban, ngành, đoàn thể thành phố')).toEqual({
      agencyKind: 'department',
      level: null,
    });
    expect(parsePluralTarget('Sở Tài chính')).toBeNull();
    expect(parsePluralTarget('Bộ CHQS tỉnh')).toBeNull();
  });
});
