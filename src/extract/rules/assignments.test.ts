import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { expectOne, wrapInDocument } from '../test-helpers.ts';
import type { Extraction } from '../types.ts';

const assignments = (x: Extraction) => x.assignments;
const brief = (x: Extraction) => x.assignments.map((a) => [a.agency, a.role]);

describe('assignments', () => {
  it('reads a body as subject followed by a task verb, with its span', () => {
    const text = wrapInDocument(
      '- Cấp xã xây dựng kế hoạch, xác định thời gian sơ kết xong trước 30/8/2019.',
    );
    expectOne(text, assignments, (a, spanText) => {
      expect(a).toMatchObject({ agency: 'Cấp xã', role: 'lead', due: '2019-08-30' });
      expect(a.task.startsWith('xây dựng kế hoạch')).toBe(true);
      expect(spanText.startsWith('Cấp xã xây dựng kế hoạch')).toBe(true);
    });
  });

  it('reads "phối hợp với" as support and lists the partners one by one', () => {
    const text = wrapInDocument(
      '2. Thực hiện tốt Nghị định, lực lượng Quân sự phối hợp chặt chẽ với lực lượng Công an và các lực lượng chức năng nắm chắc tình hình.',
    );
    expectOne(text, assignments, (a) =>
      expect(a).toMatchObject({
        agency: 'lực lượng Quân sự',
        role: 'support',
        partners: ['lực lượng Công an', 'các lực lượng chức năng'],
      }),
    );
  });

  it('gives the tasks under a heading body to that body, by role', () => {
    const text = wrapInDocument(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Bộ Chỉ huy Quân sự tỉnh',
        'a) Chủ trì phối hợp với các sở, ban, ngành, đoàn thể tham mưu cho UBND tỉnh ban hành văn bản.',
        'b) Phối hợp với Sở Giáo dục và Đào tạo thực hiện chương trình bồi dưỡng.',
        'c) Hàng năm chủ trì, phối hợp với Sở Tài chính lập dự toán ngân sách.',
        '2. Công an tỉnh: Chủ trì với các ban, ngành chức năng tham mưu cho UBND tỉnh.',
        '3. Các sở, ban, ngành của tỉnh: Trên cơ sở chức năng, nhiệm vụ của ngành mình, phối hợp với Bộ chỉ huy Quân sự tỉnh thực hiện công tác tham mưu.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Bộ Chỉ huy Quân sự tỉnh', 'lead'],
      ['Bộ Chỉ huy Quân sự tỉnh', 'support'],
      ['Công an tỉnh', 'lead'],
      ['Các sở, ban, ngành của tỉnh', 'support'],
    ]);
    expect(x.assignments[0]?.partners).toContain('Sở Tài chính');
  });

  it('reads "Giao X:" with a list of tasks below', () => {
    const text = wrapInDocument(
      [
        '2. Giao Bộ CHQS tỉnh:',
        '- Tham mưu cho Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết;',
        '- Phối hợp với Sở Nội vụ đề nghị khen thưởng.',
      ].join('\n'),
    );
    expect(brief(extractDocument(text))).toEqual([
      ['Bộ CHQS tỉnh', 'lead'],
      ['Bộ CHQS tỉnh', 'support'],
    ]);
  });

  it('reads the body after "yêu cầu", "giao", "chỉ đạo" and "do ... bảo đảm"', () => {
    const text = wrapInDocument(
      [
        'Ban Thường vụ Thành ủy yêu cầu các cấp ủy đảng, chính quyền, các phòng, ban, ngành, đoàn thể tập trung chỉ đạo thực hiện.',
        '3. Chỉ đạo phường Đình Bảng, Tương Giang chuẩn bị đầy đủ điều kiện diễn tập.',
        '- Kinh phí khen thưởng cấp tỉnh do UBND tỉnh bảo đảm.',
      ].join('\n'),
    );
    expect(brief(extractDocument(text))).toEqual([
      ['các cấp ủy đảng, chính quyền, các phòng, ban, ngành, đoàn thể', 'lead'],
      ['phường Đình Bảng, Tương Giang', 'lead'],
      ['UBND tỉnh', 'lead'],
    ]);
  });

  it('splits a list of named bodies, but not a list of collective nouns', () => {
    const text = wrapInDocument(
      'UBND tỉnh yêu cầu các sở, ban, ngành và UBND các huyện, thành phố căn cứ kế hoạch này triển khai thực hiện./.',
    );
    expect(brief(extractDocument(text))).toEqual([
      ['các sở, ban, ngành', 'lead'],
      ['UBND các huyện, thành phố', 'lead'],
    ]);
  });

  it('reads "Đối với X, ..." and "Thời gian X ..." shapes', () => {
    const text = wrapInDocument(
      [
        '- Đối với các sở, ban, ngành, đoàn thể các cấp không tổ chức hội nghị sơ kết, xây dựng báo cáo gửi về cơ quan quân sự cùng cấp.',
        '- Thời gian các cơ quan, đơn vị, địa phương gửi báo cáo về UBND tỉnh trước ngày 15/9/2019.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['các sở, ban, ngành, đoàn thể các cấp không tổ chức hội nghị sơ kết', 'lead'],
      ['các cơ quan, đơn vị, địa phương', 'lead'],
    ]);
    expect(x.assignments[1]?.due).toBe('2019-09-15');
  });

  it('reads the closing article of a decision, one entry per official', () => {
    const text = wrapInDocument(
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Nội vụ; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.',
      'QUYẾT ĐỊNH',
    );
    expect(brief(extractDocument(text))).toEqual([
      ['Chánh Văn phòng UBND tỉnh', 'lead'],
      ['Giám đốc các Sở: Tài chính, Nội vụ', 'lead'],
      ['Chủ tịch UBND các huyện, thành phố', 'lead'],
    ]);
  });

  it('keeps one entry per body and role, preferring the form written as subject', () => {
    const text = wrapInDocument(
      [
        '- Kinh phí do UBND tỉnh bảo đảm.',
        '3. Ủy ban nhân dân tỉnh tổ chức tuyên dương và trao thưởng.',
      ].join('\n'),
    );
    expect(brief(extractDocument(text))).toEqual([['Ủy ban nhân dân tỉnh', 'lead']]);
  });

  it('finds none in a news article', () => {
    const text =
      'Huyện tổ chức diễn tập\nĐồng chí Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị tiếp tục duy trì chế độ sẵn sàng chiến đấu.';
    expect(extractDocument(text).assignments).toEqual([]);
  });
});

describe('a label over a list of tasks', () => {
  it('gives the listed tasks to the body named before the colon', () => {
    const text = wrapInDocument(
      [
        'Ban Chỉ huy Quân sự huyện có trách nhiệm:',
        '- Tham mưu cho UBND huyện ban hành kế hoạch tuyển quân;',
        '- Phối hợp với Công an huyện thẩm tra lý lịch công dân.',
        'Các xã, thị trấn:',
        '- Tổ chức sơ tuyển, hoàn thành trước ngày 15/11/2016.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Ban Chỉ huy Quân sự huyện', 'lead'],
      ['Ban Chỉ huy Quân sự huyện', 'support'],
      ['Các xã, thị trấn', 'lead'],
    ]);
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([['2016-11-15', 'Các xã, thị trấn']]);
  });
});

describe('body names with a parenthesis, a hyphen or unit numbers', () => {
  it('reads a body whose name is followed by a parenthesis before the verb', () => {
    const text = wrapInDocument(
      '1. Bộ Chỉ huy Quân sự tỉnh (cơ quan thường trực Hội đồng nghĩa vụ quân sự tỉnh) chủ trì hướng dẫn các xã.',
    );
    expectOne(text, assignments, (a, spanText) => {
      expect([a.agency, a.role]).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'lead']);
      expect(spanText).toMatch(/^Bộ Chỉ huy Quân sự tỉnh \(cơ quan/u);
    });
  });
  it('keeps both halves of an office name joined by a hyphen', () => {
    const text = wrapInDocument('4. Phòng Hậu cần - Kỹ thuật phối hợp với Sở Tài chính bảo đảm kinh phí.');
    expectOne(text, assignments, (a) => {
      expect([a.agency, a.role, a.partners]).toEqual([
        'Phòng Hậu cần - Kỹ thuật',
        'support',
        ['Sở Tài chính'],
      ]);
    });
  });
  it('reads regional defence commands listed by number', () => {
    const text = wrapInDocument(
      '2. Ban Chỉ huy Phòng thủ khu vực 1, 2, 3 có trách nhiệm chỉ đạo, kiểm tra các xã trên địa bàn.',
    );
    expect(brief(extractDocument(text))).toEqual([['Ban Chỉ huy Phòng thủ khu vực 1, 2, 3', 'lead']]);
  });
  it('still reads "triển khai thực hiện;" followed by more work as a task', () => {
    const text = wrapInDocument('1. Các sở, ban, ngành triển khai thực hiện; xây dựng kế hoạch sơ kết.');
    expect(brief(extractDocument(text))).toEqual([['Các sở, ban, ngành', 'lead']]);
  });
});

describe('officials, councils and village heads', () => {
  const spanOf = (text: string, x: Extraction, agency: string) => {
    const a = x.assignments.find((e) => e.agency === agency);
    expect(a, agency).toBeTruthy();
    return text.slice(a?.span.start ?? 0, a?.span.end ?? 0);
  };

  it('keeps an official apart from the body they head in a comma-only execution list', () => {
    const text = wrapInDocument(
      [
        '1. Bộ Chỉ huy Quân sự tỉnh chủ trì hướng dẫn các xã, phường tổ chức tuyển quân.',
        '2. Ủy ban nhân dân các xã, phường tổ chức tuyển chọn bảo đảm chỉ tiêu.',
        'Điều 3. Chánh Văn phòng UBND tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.',
      ].join('\n'),
      'QUYẾT ĐỊNH',
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Bộ Chỉ huy Quân sự tỉnh', 'lead'],
      ['Ủy ban nhân dân các xã, phường', 'lead'],
      ['Chánh Văn phòng UBND tỉnh', 'lead'],
      ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'lead'],
      ['Chủ tịch UBND các xã, phường', 'lead'],
    ]);
    expect(spanOf(text, x, 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh')).toMatch(
      /^Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, .*chịu trách nhiệm thi hành Quyết định này$/u,
    );
  });

  it('splits a "Giao" list of council bodies, a set after a named body being its own assignee', () => {
    const text = wrapInDocument(
      '2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
      'NGHỊ QUYẾT',
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Thường trực Hội đồng nhân dân', 'lead'],
      ['các Ban của Hội đồng nhân dân', 'lead'],
      ['các Tổ đại biểu', 'lead'],
      ['đại biểu Hội đồng nhân dân tỉnh', 'lead'],
    ]);
    expect(x.assignments.every((a) => a.task === 'giám sát việc thực hiện Nghị quyết')).toBe(true);
    expect(spanOf(text, x, 'các Tổ đại biểu')).toMatch(/^các Tổ đại biểu và .*thực hiện Nghị quyết$/u);
  });

  it('reads the head of a set of villages as an official', () => {
    const text = wrapInDocument(
      '4. Trưởng các thôn, ấp lập danh sách đối tượng gửi về Ban Chỉ huy Quân sự xã trước ngày 25/8/2025.',
    );
    expectOne(text, assignments, (a, spanText) => {
      expect([a.agency, a.role, a.due]).toEqual(['Trưởng các thôn, ấp', 'lead', '2025-08-25']);
      expect(spanText).toBe(
        'Trưởng các thôn, ấp lập danh sách đối tượng gửi về Ban Chỉ huy Quân sự xã trước ngày 25/8/2025',
      );
    });
  });

  it('reads a council named by its purpose in lower case, up to its level or its verb', () => {
    const text = wrapInDocument(
      [
        '1. Hội đồng nghĩa vụ quân sự tỉnh chỉ đạo công tác sơ tuyển.',
        '2. Hội đồng giáo dục quốc phòng và an ninh các cấp kiện toàn thành viên.',
        '3. Hội đồng thi đua - khen thưởng xét khen thưởng tập thể.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Hội đồng nghĩa vụ quân sự tỉnh', 'lead'],
      ['Hội đồng giáo dục quốc phòng và an ninh các cấp', 'lead'],
      ['Hội đồng thi đua - khen thưởng', 'lead'],
    ]);
    expect(x.assignments[1]?.task).toBe('kiện toàn thành viên');
    expect(spanOf(text, x, 'Hội đồng thi đua - khen thưởng')).toBe(
      'Hội đồng thi đua - khen thưởng xét khen thưởng tập thể',
    );
  });
});

describe('duties under a title, boards named by purpose', () => {
  it('gives the items under "Điều N. Trách nhiệm của X" to X', () => {
    const text = wrapInDocument(
      [
        'Điều 4. Trách nhiệm của Công an tỉnh',
        '1. Chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh xây dựng phương án bảo vệ; hoàn thành trước ngày 30/6/2017.',
        '2. Phối hợp với Sở Y tế bảo đảm y tế.',
        'Điều 5. Nhiệm vụ của Bộ Chỉ huy Quân sự tỉnh:',
        '1. Tham mưu tổ chức diễn tập.',
      ].join('\n'),
      'QUY CHẾ',
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Công an tỉnh', 'lead'],
      ['Công an tỉnh', 'support'],
      ['Bộ Chỉ huy Quân sự tỉnh', 'lead'],
    ]);
    expect(x.assignments[0]).toMatchObject({ partners: ['Bộ Chỉ huy Quân sự tỉnh'], due: '2017-06-30' });
    expect(x.deadlines.map((d) => [d.date, d.who])).toEqual([['2017-06-30', 'Công an tỉnh']]);
    const a = x.assignments[2];
    expect(text.slice(a?.span.start ?? 0, a?.span.end ?? 0)).toMatch(
      /^Bộ Chỉ huy Quân sự tỉnh:\n1\. Tham mưu/u,
    );
  });

  it('reads a board whose purpose holds a comma, and abbreviations joined by "và"', () => {
    const text = wrapInDocument(
      [
        '1. Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã: tổ chức sơ tán người dân.',
        '2. Ban Chỉ huy PCTT và TKCN tỉnh chỉ đạo ứng trực 24/24 giờ.',
        '3. Đài Phát thanh - Truyền hình tỉnh tăng thời lượng đưa tin.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã', 'lead'],
      ['Ban Chỉ huy PCTT và TKCN tỉnh', 'lead'],
      ['Đài Phát thanh - Truyền hình tỉnh', 'lead'],
    ]);
    const a = x.assignments[0];
    expect(text.slice(a?.span.start ?? 0, a?.span.end ?? 0)).toBe(
      'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã: tổ chức sơ tán người dân',
    );
  });
});

describe('spans of merged assignments', () => {
  const spanOf = (text: string, x: Extraction, agency: string, role: string) => {
    const a = x.assignments.find((y) => y.agency === agency && y.role === role);
    expect(a, `${agency} ${role}`).toBeTruthy();
    return text.slice(a?.span.start ?? 0, a?.span.end ?? 0);
  };

  it("widens a heading body's span over all of its lettered duties, not over another body", () => {
    const text = wrapInDocument(
      [
        '1. Bộ Chỉ huy Quân sự tỉnh',
        'a) Chủ trì tham mưu cho UBND tỉnh ban hành văn bản chỉ đạo.',
        'b) Phối hợp với Sở Giáo dục và Đào tạo thực hiện chương trình bồi dưỡng.',
        'c) Chủ trì tổ chức diễn tập khu vực phòng thủ.',
        'd) Hàng năm chủ trì sơ kết, tổng kết nhiệm vụ quân sự.',
        '2. Công an tỉnh: Chủ trì nắm chắc tình hình an ninh.',
        '3. Bộ Chỉ huy Quân sự tỉnh: Chủ trì tổng hợp kết quả, báo cáo UBND tỉnh.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(brief(x)).toEqual([
      ['Bộ Chỉ huy Quân sự tỉnh', 'lead'],
      ['Bộ Chỉ huy Quân sự tỉnh', 'support'],
      ['Công an tỉnh', 'lead'],
    ]);
    const lead = spanOf(text, x, 'Bộ Chỉ huy Quân sự tỉnh', 'lead');
    expect(lead.startsWith('Bộ Chỉ huy Quân sự tỉnh\na) Chủ trì')).toBe(true);
    // the last duty of the block is in reach; the later item after Công an tỉnh is not swallowed
    expect(lead.endsWith('sơ kết, tổng kết nhiệm vụ quân sự')).toBe(true);
    expect(lead).not.toContain('Công an tỉnh');
    expect(spanOf(text, x, 'Bộ Chỉ huy Quân sự tỉnh', 'support').endsWith('chương trình bồi dưỡng')).toBe(
      true,
    );
  });

  it('stops at a duty of another body inside the block', () => {
    const text = wrapInDocument(
      [
        '1. Bộ Chỉ huy Quân sự tỉnh',
        'a) Chủ trì tham mưu cho UBND tỉnh ban hành văn bản chỉ đạo.',
        'b) Sở Tài chính bảo đảm kinh phí diễn tập.',
        'c) Chủ trì tổ chức diễn tập khu vực phòng thủ.',
      ].join('\n'),
    );
    const x = extractDocument(text);
    expect(spanOf(text, x, 'Bộ Chỉ huy Quân sự tỉnh', 'lead')).toBe(
      'Bộ Chỉ huy Quân sự tỉnh\na) Chủ trì tham mưu cho UBND tỉnh ban hành văn bản chỉ đạo',
    );
  });

  it('joins adjacent items that name the same body, but not across another body or other text', () => {
    const adjacent = wrapInDocument(
      [
        '- Sở Tài chính chủ trì thẩm định dự toán kinh phí;',
        '- Sở Tài chính bảo đảm kinh phí cho diễn tập.',
      ].join('\n'),
    );
    expect(spanOf(adjacent, extractDocument(adjacent), 'Sở Tài chính', 'lead')).toBe(
      'Sở Tài chính chủ trì thẩm định dự toán kinh phí;\n- Sở Tài chính bảo đảm kinh phí cho diễn tập',
    );
    const apart = wrapInDocument(
      [
        '- Sở Tài chính chủ trì thẩm định dự toán kinh phí;',
        '- Công an tỉnh bảo đảm an ninh trật tự;',
        '- Sở Tài chính bảo đảm kinh phí cho diễn tập.',
      ].join('\n'),
    );
    expect(spanOf(apart, extractDocument(apart), 'Sở Tài chính', 'lead')).toBe(
      'Sở Tài chính chủ trì thẩm định dự toán kinh phí',
    );
    const narrative = wrapInDocument(
      [
        '1. Sở Tài chính chủ trì thẩm định dự toán kinh phí.',
        '2. Năm 2016, toàn tỉnh đã tổ chức 12 cuộc diễn tập khu vực phòng thủ cấp huyện, cấp xã.',
        '3. Sở Tài chính bảo đảm kinh phí cho diễn tập.',
      ].join('\n'),
    );
    expect(spanOf(narrative, extractDocument(narrative), 'Sở Tài chính', 'lead')).toBe(
      'Sở Tài chính chủ trì thẩm định dự toán kinh phí',
    );
  });
});

describe('delegation, duty titles and commune-level bodies', () => {
  it('gives "X giao Y ..." to Y, not to X', () => {
    const text = wrapInDocument(
      '2. Đảng ủy giao Ủy ban nhân dân xã cụ thể hóa Nghị quyết thành chương trình, kế hoạch hằng năm.',
    );
    expectOne(text, assignments, (a) =>
      expect(a).toMatchObject({ agency: 'Ủy ban nhân dân xã', role: 'lead' }),
    );
    // a body that does the work itself keeps it
    expectOne(wrapInDocument('2. Sở Y tế chỉ đạo các bệnh viện tổ chức khám sức khỏe.'), assignments, (a) =>
      expect(a.agency).toBe('Sở Y tế'),
    );
  });

  it('reads "Điều N. X có nhiệm vụ:" as the heading of X\'s lettered duties', () => {
    const text = wrapInDocument(
      [
        'Điều 2. Ban Chỉ đạo có nhiệm vụ:',
        'a) Giúp Ủy ban nhân dân xã chỉ đạo công tác chuẩn bị diễn tập;',
        'b) Tổng hợp kết quả, báo cáo cấp trên trước ngày 30/6/2026.',
      ].join('\n'),
      'QUYẾT ĐỊNH',
    );
    expectOne(text, assignments, (a) =>
      expect(a).toMatchObject({
        agency: 'Ban Chỉ đạo',
        task: 'Giúp Ủy ban nhân dân xã chỉ đạo công tác chuẩn bị diễn tập',
        due: '2026-06-30',
      }),
    );
  });

  it('reads village militia posts, political-social organisations and school heads', () => {
    const x = extractDocument(
      wrapInDocument(
        [
          '1. Các thôn đội rà soát, báo cáo nguồn công dân về Ban Chỉ huy Quân sự xã.',
          '2. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội tuyên truyền, vận động Nhân dân.',
          '3. Hiệu trưởng các trường trung học phổ thông',
          'a) Lập danh sách học sinh học tập trung;',
          'b) Cử cán bộ quản lý đi cùng học sinh.',
        ].join('\n'),
      ),
    );
    expect(brief(x)).toEqual([
      ['Các thôn đội', 'lead'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'lead'],
      ['các đoàn thể chính trị - xã hội', 'lead'],
      ['Hiệu trưởng các trường trung học phổ thông', 'lead'],
    ]);
  });

  it('reads a commune official named by post in an execution list', () => {
    const text = wrapInDocument(
      'Công chức Văn phòng - Thống kê xã, Trưởng Công an xã chịu trách nhiệm thi hành Quyết định này./.',
      'QUYẾT ĐỊNH',
    );
    expect(brief(extractDocument(text))).toEqual([
      ['Công chức Văn phòng - Thống kê xã', 'lead'],
      ['Trưởng Công an xã', 'lead'],
    ]);
  });

  it('reads the people named in an article as assignees of the execution formula, not other people', () => {
    const text = wrapInDocument(
      'Trưởng Công an xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      'QUYẾT ĐỊNH',
    );
    expect(brief(extractDocument(text))).toEqual([
      ['Trưởng Công an xã', 'lead'],
      ['các ông (bà) có tên tại Điều 1', 'lead'],
    ]);
    const unnamed = wrapInDocument(
      'Trưởng Công an xã, các ông (bà) tham gia diễn tập chịu trách nhiệm thi hành Quyết định này./.',
      'QUYẾT ĐỊNH',
    );
    expect(brief(extractDocument(unnamed))).toEqual([['Trưởng Công an xã', 'lead']]);
  });

  it('does not take a board dissolving itself for a task, nor its condition for its name', () => {
    const text = wrapInDocument(
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ.',
      'QUYẾT ĐỊNH',
    );
    expect(extractDocument(text).assignments).toEqual([]);
  });

  it("gives a duty under a heading body the deadline of its own line, not a sibling's", () => {
    const x = extractDocument(
      wrapInDocument(
        [
          '1. Phòng Giáo dục Trung học',
          'a) Chủ trì xây dựng lịch học tập trung, hoàn thành trước ngày 15/9/2026;',
          'b) Phối hợp với Phòng Kế hoạch - Tài chính thẩm định dự toán kinh phí.',
        ].join('\n'),
      ),
    );
    expect(x.assignments.map((a) => [a.role, a.due])).toEqual([
      ['lead', '2026-09-15'],
      ['support', null],
    ]);
  });
});

describe('known gaps', () => {
  // an office serving two bodies is split at "và" because the second abbreviation names a body of its own
  it.fails('reads "Văn phòng HĐND và UBND huyện" as one office', () => {
    const text = wrapInDocument(
      '2. Văn phòng HĐND và UBND huyện tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.',
    );
    expect(brief(extractDocument(text))).toEqual([['Văn phòng HĐND và UBND huyện', 'lead']]);
  });
});
