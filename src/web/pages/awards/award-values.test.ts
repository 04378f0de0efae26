import { describe, expect, it } from 'vitest';
import { awardOptions, withEvidenceLines } from './award-values.ts';

describe('award page helpers', () => {
  it('offers a commune every award it may propose, and a province none that a commune grants', () => {
    const commune = awardOptions('individual', 3).flatMap((g) => g.items.map((i) => i.value));
    expect(commune).toContain('gk_ct_ubnd_xa');
    expect(commune).toContain('bk_ct_ubnd_tinh');
    expect(commune).toContain('kn_qdnd');
    const province = awardOptions('individual', 1).flatMap((g) => g.items.map((i) => i.value));
    expect(province).not.toContain('gk_ct_ubnd_xa');
    expect(province).toContain('hcbvtq_3');
    // A commemorative medal goes to persons only.
    const collective = awardOptions('collective', 3).flatMap((g) => g.items.map((i) => i.value));
    expect(collective).not.toContain('kn_qdnd');
    expect(awardOptions('individual', 3).map((g) => g.group)).toContain('Kỷ niệm chương');
  });

  it('appends chosen evidence to the achievements once', () => {
    const once = withEvidenceLines('Hoàn thành tốt nhiệm vụ.', ['Diễn tập A', 'Tuyển quân 2026']);
    expect(once).toBe('Hoàn thành tốt nhiệm vụ.\n- Diễn tập A\n- Tuyển quân 2026');
    expect(withEvidenceLines(once, ['Diễn tập A'])).toBe(once);
    expect(withEvidenceLines('', ['Diễn tập A'])).toBe('- Diễn tập A');
  });
});
