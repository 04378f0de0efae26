import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract/index.ts';
import type { TDocumentDetail } from '../../../shared/schemas/documents.ts';
import type { TExtraction } from '../../../shared/schemas/extraction.ts';
import {
  buildMarks,
  buildReviewForm,
  buildSegments,
  capitalizeFirst,
  countTargets,
  countTasks,
  formatBound,
  KIND_OPTIONS,
  kindNameOf,
  newTaskRow,
  recurrenceWithin,
  type TaskRow,
  type TextMark,
  taskRowOfTarget,
  toConfirmRequest,
} from './review-model.ts';
import {
  addTaskForLead,
  countTaskItems,
  findTaskItems,
  roleOfItem,
  type SplitContext,
  splitRowIn,
  splitTaskRow,
  undoSplit,
} from './review-split.ts';

const agency = (id: number, name: string, unitName = 'Tỉnh Lạng Sơn') => ({
  id,
  name,
  shortName: name,
  unitId: 1,
  unitName,
  score: 1,
});

function buildExtraction(overrides: Partial<TExtraction> = {}): TExtraction {
  return {
    number: '100/KH-UBND',
    kind: 'KH',
    kindName: null,
    place: 'Lạng Sơn',
    date: '2016-09-17',
    subject: null,
    issuer: 'Ủy ban nhân dân',
    signer: null,
    recipients: [],
    citations: [
      {
        kind: 'KL',
        number: '42-KL/TU',
        date: '2016-08-02',
        issuer: 'Tỉnh ủy',
        subject: null,
        basis: true,
        span: { start: 20, end: 40 },
      },
    ],
    assignments: [],
    deadlines: [
      { date: '2016-11-30', text: 'xong trước ngày 30/11/2016', who: null, span: { start: 130, end: 150 } },
    ],
    recurring: [{ every: 'year', text: 'Hằng năm báo cáo', span: { start: 205, end: 220 } }],
    targets: [],
    results: [],
    spans: {
      number: { start: 4, end: 15 },
      kind: { start: 4, end: 15 },
      kindName: null,
      place: null,
      date: null,
      subject: null,
      issuer: { start: 0, end: 3 },
      signerName: null,
      signerPosition: null,
      recipients: [],
    },
    ...overrides,
  };
}

function buildDoc(): TDocumentDetail {
  return {
    id: 4,
    number: '100/KH-UBND',
    kind: 'KH',
    kindName: null,
    issuedOn: '2016-09-17',
    subject: null,
    issuerText: 'Ủy ban nhân dân',
    unitId: 1,
    unitName: 'Tỉnh Lạng Sơn',
    classification: 'thuong',
    reviewState: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    place: 'Lạng Sơn',
    issuerAgencyId: 1,
    signerName: null,
    signerPosition: 'Chủ tịch',
    recipients: ['UBND các xã'],
    body: 'x'.repeat(300),
    extraction: buildExtraction(),
    file: null,
    citations: [],
    implementedBy: [],
    proposals: [
      {
        index: 0,
        agency: 'Sở Kế hoạch và Đầu tư',
        role: 'lead',
        task: 'chủ trì rà soát quy hoạch',
        due: '2016-11-30',
        span: { start: 100, end: 160 },
        partners: [{ written: 'Bộ CHQS tỉnh', match: agency(5, 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn') }],
        match: { type: 'single', agency: agency(9, 'Sở Tài chính tỉnh Lạng Sơn') },
      },
      {
        index: 1,
        agency: 'UBND các huyện, thành phố',
        role: 'lead',
        task: 'Hằng năm báo cáo kết quả',
        due: null,
        span: { start: 200, end: 230 },
        partners: [],
        match: {
          type: 'plural',
          agencyKind: 'ubnd',
          level: 2,
          replacedDistricts: true,
          candidates: [agency(25, 'UBND phường Đông Kinh'), agency(31, 'UBND phường Lương Văn Tri')],
        },
      },
      {
        index: 2,
        agency: 'huyện Cao Lộc',
        role: 'lead',
        task: 'làm điểm',
        due: null,
        span: { start: 240, end: 250 },
        partners: [],
        match: { type: 'none', suggestions: [agency(181, 'UBND xã Cao Lộc', 'Xã Cao Lộc')] },
      },
      {
        index: 3,
        agency: 'Bộ Chỉ huy Quân sự tỉnh',
        role: 'support',
        task: 'phối hợp',
        due: null,
        span: { start: 260, end: 270 },
        partners: [],
        match: { type: 'single', agency: agency(5, 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn') },
      },
    ],
    targetProposals: [
      {
        index: 0,
        text: 'phấn đấu có từ 95 - 100% các đối tượng được qua bồi dưỡng',
        span: { start: 60, end: 69 },
        min: 95,
        max: 100,
        unitOfMeasure: '%',
        indicatorId: 3,
        category: '',
        unitId: 1,
        level: null,
        period: '2016-2020',
        assignmentIndex: null,
      },
      {
        index: 1,
        text: 'tổ chức 32266 lượt người bồi dưỡng',
        span: { start: 105, end: 110 },
        min: 32266,
        max: null,
        unitOfMeasure: 'lượt người',
        indicatorId: 5,
        category: '',
        unitId: 1,
        level: 3,
        period: '2016',
        assignmentIndex: 0,
      },
      {
        index: 2,
        text: '(trong đó dân quân đạt 15%)',
        span: { start: 280, end: 283 },
        min: 15,
        max: 15,
        unitOfMeasure: '%',
        indicatorId: null,
        category: '',
        unitId: 1,
        level: null,
        period: '2016-2020',
        assignmentIndex: 1,
      },
    ],
    targets: [],
    taskCount: 0,
    lowerIssuance: [],
    actions: { review: true, readBody: true },
  };
}

describe('buildReviewForm', () => {
  it('starts from the document, with the kind named and dates as dd/MM/yyyy', () => {
    const form = buildReviewForm(buildDoc());
    expect(form).toMatchObject({
      number: '100/KH-UBND',
      kind: 'KH',
      kindName: 'Kế hoạch',
      issuedOn: '17/09/2016',
      issuerAgencyId: '1',
      recipients: [{ rowId: 'r0', value: 'UBND các xã', span: null }],
    });
    expect(form.citations).toEqual([
      expect.objectContaining({ rowId: 'c0', number: '42-KL/TU', date: '02/08/2016', basis: true }),
    ]);
  });

  it('includes matched lead assignments and skips support roles and unmatched bodies', () => {
    const [single, plural, none, support] = buildReviewForm(buildDoc()).tasks;
    expect(single).toMatchObject({
      isSkipped: false,
      title: 'Chủ trì rà soát quy hoạch',
      lead: { type: 'single', agencyId: '9' },
      supportIds: ['5'],
      due: '30/11/2016',
      recurrence: 'once',
    });
    expect(plural).toMatchObject({
      isSkipped: false,
      lead: { type: 'plural', checkedIds: [25, 31], replacedDistricts: true },
      recurrence: 'year',
    });
    expect(none).toMatchObject({
      isSkipped: true,
      lead: { type: 'none', agencyId: null, suggestionIds: [181] },
    });
    expect(support).toMatchObject({ isSkipped: true, role: 'support' });
  });
});

describe('toConfirmRequest', () => {
  it('gives what acceptProposals gives: one task row per included assignment, plural fanned by id', () => {
    const form = buildReviewForm(buildDoc());
    const result = toConfirmRequest(form);
    expect(result.errors).toBeNull();
    expect(result.request).toMatchObject({
      number: '100/KH-UBND',
      kindName: 'Kế hoạch',
      issuedOn: '2016-09-17',
      subject: null,
      issuerAgencyId: 1,
      recipients: ['UBND các xã'],
      citations: [{ number: '42-KL/TU', date: '2016-08-02', basis: true, span: { start: 20, end: 40 } }],
      tasks: [
        { leadAgencyIds: [9], supportAgencyIds: [5], dueOn: '2016-11-30', recurrence: 'once' },
        { leadAgencyIds: [25, 31], supportAgencyIds: [], dueOn: null, recurrence: 'year' },
      ],
    });
    expect(countTasks(form)).toBe(3);
  });

  it('names every field to fix', () => {
    const form = buildReviewForm(buildDoc());
    form.issuedOn = '31/02/2016';
    form.citations[0]!.number = ' ';
    form.tasks[1]!.lead = { ...form.tasks[1]!.lead, checkedIds: [] } as (typeof form.tasks)[1]['lead'];
    form.tasks[2]!.isSkipped = false;
    form.tasks.push({ ...newTaskRow('new1'), title: '' });
    const result = toConfirmRequest(form);
    expect(result.request).toBeNull();
    expect(result.errors).toEqual({
      date: 'review.error.date',
      'citation-c0-number': 'review.error.citationNumber',
      'task-p1-lead': 'review.error.leadRequired',
      'task-p2-lead': 'review.error.leadRequired',
      'task-new1-title': 'review.error.titleRequired',
      'task-new1-lead': 'review.error.leadRequired',
    });
  });

  it('takes a picked agency for an unmatched body, and nulls for blank fields', () => {
    const form = buildReviewForm(buildDoc());
    form.tasks[2] = {
      ...form.tasks[2]!,
      isSkipped: false,
      lead: { type: 'none', agencyId: '181', suggestionIds: [] },
    };
    form.place = '  ';
    form.recipients.push({ rowId: 'new1', value: ' ', span: null });
    const request = toConfirmRequest(form).request!;
    expect(request.place).toBeNull();
    expect(request.recipients).toEqual(['UBND các xã']);
    expect(request.tasks.map((t) => t.leadAgencyIds)).toEqual([[9], [25, 31], [181]]);
  });
});

describe('targets of the review', () => {
  it('offers each extracted target with the suggested indicator, matched ones included, bounds as Vietnamese write them', () => {
    const [rate, count, unmatched] = buildReviewForm(buildDoc()).targets;
    expect(rate).toMatchObject({
      isIncluded: true,
      indicatorId: '3',
      unitId: '1',
      period: '2016-2020',
      min: '95',
      max: '100',
    });
    expect(count).toMatchObject({ isIncluded: true, isEachCommune: true, min: '32.266', max: '' });
    expect(unmatched).toMatchObject({ isIncluded: false, indicatorId: null });
    expect(countTargets(buildReviewForm(buildDoc()))).toBe(2);
    expect(formatBound(1.5)).toBe('1,5');
  });

  it('sends the included targets, tied to their assignment only when it became one task', () => {
    const form = buildReviewForm(buildDoc());
    form.targets[0]!.min = '90';
    form.targets[2] = { ...form.targets[2]!, isIncluded: true, indicatorId: '7', min: '15', max: '' };
    const request = toConfirmRequest(form).request!;
    expect(request.targets).toEqual([
      {
        indicatorId: 3,
        category: '',
        unitId: 1,
        level: null,
        period: '2016-2020',
        min: 90,
        max: 100,
        span: { start: 60, end: 69 },
        taskIndex: null,
      },
      {
        indicatorId: 5,
        category: '',
        unitId: 1,
        level: 3,
        period: '2016',
        min: 32266,
        max: null,
        span: { start: 105, end: 110 },
        taskIndex: 0,
      },
      // Assignment 1 fanned out to two communes: no single task to tie it to.
      {
        indicatorId: 7,
        category: '',
        unitId: 1,
        level: null,
        period: '2016-2020',
        min: 15,
        max: null,
        span: { start: 280, end: 283 },
        taskIndex: null,
      },
    ]);
    form.targets[0]!.isIncluded = false;
    form.tasks[0]!.isSkipped = true;
    // With the first task left out, the second target's assignment is gone from the tasks sent.
    expect(toConfirmRequest(form).request!.targets.map((t) => t.taskIndex)).toEqual([null, null]);
  });

  it('names every target field to fix', () => {
    const form = buildReviewForm(buildDoc());
    form.targets[0] = { ...form.targets[0]!, period: '2020-2016', min: '100', max: '95' };
    form.targets[1] = { ...form.targets[1]!, min: 'nhiều', max: '' };
    form.targets[2] = { ...form.targets[2]!, isIncluded: true, min: '', max: '' };
    expect(toConfirmRequest(form).errors).toEqual({
      'target-0-period': 'review.error.targetPeriod',
      'target-0-bounds': 'review.error.targetOrder',
      'target-1-bounds': 'review.error.targetNumber',
      'target-2-indicator': 'review.error.targetIndicator',
      'target-2-bounds': 'review.error.targetBounds',
    });
  });
});

describe('highlights', () => {
  it('marks header values, citations, tasks, deadlines and recurrences with their field keys', () => {
    const doc = buildDoc();
    const form = buildReviewForm(doc);
    const keys = buildMarks(doc.extraction!, form).map((m) => `${m.type}:${m.key}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'meta:number',
        'meta:kind',
        'meta:issuer',
        'citation:citation-c0',
        'task:task-p0',
        'task:task-p3',
        'deadline:deadline-0',
        'deadline:recurring-0',
      ]),
    );
    form.citations = [];
    expect(buildMarks(doc.extraction!, form).some((m) => m.type === 'citation')).toBe(false);
  });

  it('cuts the text so nested marks show the innermost first and cover every character once', () => {
    const marks: TextMark[] = [
      { key: 'task-p0', type: 'task', start: 10, end: 40 },
      { key: 'deadline-0', type: 'deadline', start: 20, end: 30 },
      { key: 'number', type: 'meta', start: 0, end: 5 },
      { key: 'kind', type: 'meta', start: 0, end: 5 },
      { key: 'outside', type: 'target', start: 45, end: 90 },
    ];
    const segments = buildSegments(50, marks);
    expect(segments.map((s) => [s.start, s.end, s.keys])).toEqual([
      [0, 5, ['number', 'kind']],
      [5, 10, []],
      [10, 20, ['task-p0']],
      [20, 30, ['deadline-0', 'task-p0']],
      [30, 40, ['task-p0']],
      [40, 45, []],
      [45, 50, ['outside']],
    ]);
    expect(segments[3]!.type).toBe('deadline');
    expect(segments[1]!.type).toBeNull();
  });

  it('handles a text without marks', () => {
    expect(buildSegments(12, [])).toEqual([{ start: 0, end: 12, keys: [], type: null }]);
  });
});

describe('small rules', () => {
  it('reads the recurrence of an assignment from a recurring phrase inside it', () => {
    const recurring = [{ every: 'quarter', text: 'hằng quý', span: { start: 50, end: 60 } }];
    expect(recurrenceWithin({ start: 40, end: 70 }, recurring)).toBe('quarter');
    expect(recurrenceWithin({ start: 0, end: 55 }, recurring)).toBe('once');
    expect(recurrenceWithin({ start: 40, end: 70 }, [{ ...recurring[0]!, every: 'half-year' }])).toBe(
      'half_year',
    );
    expect(recurrenceWithin({ start: 40, end: 70 }, [{ ...recurring[0]!, every: 'week' }])).toBe('once');
  });

  it('lists each kind code once, naming both kinds behind TT', () => {
    const codes = KIND_OPTIONS.map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(KIND_OPTIONS.find((k) => k.code === 'TT')?.label).toBe('TT – Thông tri / Thông tư');
    expect(kindNameOf('HD')).toBe('Hướng dẫn');
    expect(kindNameOf(null)).toBe('');
  });

  it('capitalises a task cut mid-sentence, Vietnamese letters included', () => {
    expect(capitalizeFirst(' đôn đốc kiểm tra')).toBe('Đôn đốc kiểm tra');
    expect(capitalizeFirst('')).toBe('');
  });
});

/** The real Lạng Sơn plan (100/KH-UBND), kept beside the repository; the test is skipped without it. */
const PLAN_FILE = new URL('../../../../../shared/extraction/docs/003_1059ca6f720f76d4.txt', import.meta.url);
const PLAN_TEXT = fs.existsSync(PLAN_FILE) ? fs.readFileSync(PLAN_FILE, 'utf8') : null;

const NO_EXTRAS: SplitContext = { body: null, deadlines: [], recurring: [] };

/** A task row read from the text: lead matched to Bộ CHQS tỉnh (5), Công an tỉnh (7) supporting. */
function readRow(overrides: Partial<TaskRow>): TaskRow {
  return {
    ...newTaskRow('p0'),
    proposalIndex: 0,
    written: 'Bộ CHQS tỉnh',
    partnersWritten: ['Công an tỉnh'],
    lead: { type: 'single', agencyId: '5' },
    supportIds: ['7'],
    ...overrides,
  };
}

/** The words under a span, on one line, as the title shows them. */
const wordsAt = (body: string, span: { start: number; end: number } | null) =>
  span ? body.slice(span.start, span.end).replace(/\s+/g, ' ') : null;

describe('finding the items of a task', () => {
  it('cuts lettered items written on one line, leaving out the body’s name and each closing separator', () => {
    const text =
      'Bộ CHQS tỉnh: a) Chủ trì tham mưu UBND tỉnh tổ chức diễn tập khu vực phòng thủ, xong trước ngày 30/8/2024; b) Phối hợp với Công an tỉnh kiểm tra công tác dân quân tự vệ; c) Tham mưu sơ kết 5 năm thực hiện Nghị quyết.';
    const items = findTaskItems(text);
    expect(items.map((i) => [i.marker, i.text])).toEqual([
      ['a)', 'Chủ trì tham mưu UBND tỉnh tổ chức diễn tập khu vực phòng thủ, xong trước ngày 30/8/2024'],
      ['b)', 'Phối hợp với Công an tỉnh kiểm tra công tác dân quân tự vệ'],
      ['c)', 'Tham mưu sơ kết 5 năm thực hiện Nghị quyết'],
    ]);
    for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it('cuts "a.", "-", "+" and "1.2." items, one per line, joining an item’s broken lines', () => {
    const dotted =
      'Sở Tài chính có trách nhiệm:\na. Thẩm định dự toán kinh phí diễn tập;\nb. Bảo đảm kinh phí\nhuấn luyện dân quân.';
    expect(findTaskItems(dotted).map((i) => i.text)).toEqual([
      'Thẩm định dự toán kinh phí diễn tập',
      'Bảo đảm kinh phí huấn luyện dân quân',
    ]);
    const dashed =
      'Sở Tài chính có trách nhiệm:\n- Chủ trì thẩm định dự toán kinh phí diễn tập,\nhoàn thành trước ngày 15/6/2024;\n- Bảo đảm kinh phí cho công tác giáo dục quốc phòng và an ninh; và\n';
    const items = findTaskItems(dashed);
    expect(items.map((i) => [i.marker, i.text])).toEqual([
      ['-', 'Chủ trì thẩm định dự toán kinh phí diễn tập, hoàn thành trước ngày 15/6/2024'],
      ['-', 'Bảo đảm kinh phí cho công tác giáo dục quốc phòng và an ninh'],
    ]);
    expect(dashed.slice(items[0]!.start, items[0]!.end)).toBe(
      'Chủ trì thẩm định dự toán kinh phí diễn tập,\nhoàn thành trước ngày 15/6/2024',
    );
    expect(
      findTaskItems('+ Tổ chức tuyên truyền Luật Quốc phòng;\n+ Kiểm tra việc đăng ký nghĩa vụ quân sự.'),
    ).toHaveLength(2);
    const numbered =
      'Công an tỉnh\n1.1. Chủ trì bảo đảm an ninh chính trị nội bộ.\n1.2. Phối hợp xây dựng thế trận an ninh nhân dân.\n1.3. Tham mưu sơ kết công tác phòng thủ dân sự.';
    expect(findTaskItems(numbered).map((i) => i.marker)).toEqual(['1.1.', '1.2.', '1.3.']);
  });

  it('keeps sub-items of another kind, and citations of points, inside their item', () => {
    const text =
      'Bộ CHQS tỉnh\na) Chủ trì tổ chức huấn luyện:\n- Dân quân năm thứ nhất;\n- Dân quân cơ động;\nb) Thực hiện theo điểm c) khoản 2 Điều 5 Luật Dân quân tự vệ; c) Tham mưu sơ kết.';
    expect(findTaskItems(text).map((i) => i.text)).toEqual([
      'Chủ trì tổ chức huấn luyện: - Dân quân năm thứ nhất; - Dân quân cơ động',
      'Thực hiện theo điểm c) khoản 2 Điều 5 Luật Dân quân tự vệ',
      'Tham mưu sơ kết',
    ]);
  });

  it('follows a list copied in part, whose letters jump from line to line', () => {
    const text =
      'Bộ CHQS tỉnh\nd) Phối hợp quy hoạch bảo vệ rừng;\ne) Chủ trì xây dựng thế trận quân sự;\nh) Hằng năm chủ trì lập dự toán kinh phí;\ni) Theo dõi, tổng hợp, báo cáo.';
    expect(findTaskItems(text).map((i) => i.marker)).toEqual(['d)', 'e)', 'h)', 'i)']);
    // On one line a jump of more than one letter is not the next item: it stays in the one before.
    const inline = findTaskItems('a) Chủ trì diễn tập; b) Thực hiện nội dung sau; g) của Kế hoạch 15.');
    expect(inline.map((i) => i.marker)).toEqual(['a)', 'b)']);
    expect(inline[1]!.text).toBe('Thực hiện nội dung sau; g) của Kế hoạch 15');
  });

  it('splits at the first kind of marker that is listed twice', () => {
    const text =
      'a) Chủ trì bảo đảm kinh phí cho:\n- Diễn tập khu vực phòng thủ;\n- Huấn luyện dân quân tự vệ.';
    expect(findTaskItems(text).map((i) => i.text)).toEqual([
      'Diễn tập khu vực phòng thủ',
      'Huấn luyện dân quân tự vệ',
    ]);
  });

  it('finds nothing to split in a single item, hyphenated words or numbers opening a line', () => {
    expect(findTaskItems('a) Chủ trì tổ chức diễn tập khu vực phòng thủ năm 2024.')).toEqual([]);
    expect(
      findTaskItems(
        'Chủ trì kết hợp phát triển kinh tế - xã hội với quốc phòng - an ninh; bảo đảm an ninh - trật tự',
      ),
    ).toEqual([]);
    expect(
      findTaskItems('Tổ chức thực hiện giai đoạn\n2016 - 2020 và\n30 ngày sau khi có quyết định'),
    ).toEqual([]);
    // Letters out of order are words of the item, not a list ("c)" before "a)", "a)" then "e)").
    expect(findTaskItems('c) Chủ trì tổ chức; a) Tham mưu sơ kết')).toEqual([]);
    expect(findTaskItems('a) Chủ trì tổ chức; e) Tham mưu sơ kết')).toEqual([]);
    expect(findTaskItems('')).toEqual([]);
  });

  it('reads the role of an item as the extractor does: "phối hợp", after adverbs, supports', () => {
    expect(roleOfItem('Phối hợp với Công an tỉnh kiểm tra')).toBe('support');
    expect(roleOfItem('Chủ động phối hợp với các lực lượng Quân sự')).toBe('support');
    expect(roleOfItem('Chủ trì phối hợp với các sở, ngành')).toBe('lead');
  });
});

describe('splitting a task row into one task per item', () => {
  const body =
    'III. TỔ CHỨC THỰC HIỆN\n1. Bộ CHQS tỉnh thực hiện các nội dung sau:\na) Chủ trì tham mưu UBND tỉnh tổ chức diễn tập\nkhu vực phòng thủ, xong trước ngày 30/8/2024;\nb) Hằng năm phối hợp với Công an tỉnh kiểm tra\ncông tác dân quân tự vệ;\nc) Tham mưu sơ kết 5 năm thực hiện Nghị quyết.\n2. Công an tỉnh: chủ trì bảo đảm an ninh.\n';
  const listStart = body.indexOf('a)');
  const listEnd = body.indexOf('Nghị quyết') + 'Nghị quyết'.length;
  const title =
    'Thực hiện các nội dung sau: a) Chủ trì tham mưu UBND tỉnh tổ chức diễn tập khu vực phòng thủ, xong trước ngày 30/8/2024; b) Hằng năm phối hợp với Công an tỉnh kiểm tra công tác dân quân tự vệ; c) Tham mưu sơ kết 5 năm thực hiện Nghị quyết';
  const span = { start: body.indexOf('Bộ CHQS'), end: listEnd };
  // The extractor's deadline covers the sentence, all three items; its recurrence, the words "Hằng năm".
  const context: SplitContext = {
    body,
    deadlines: [
      {
        date: '2024-08-30',
        text: 'xong trước ngày 30/8/2024',
        who: null,
        span: { start: listStart, end: listEnd },
      },
    ],
    recurring: [
      {
        every: 'year',
        text: 'Hằng năm',
        span: { start: body.indexOf('Hằng'), end: body.indexOf('Hằng') + 8 },
      },
    ],
  };

  it('gives each item its own row with the same lead, support agencies and body, and its span in the text', () => {
    const row = readRow({ title, span, due: '30/08/2024', recurrence: 'year' });
    const parts = splitTaskRow(row, context)!;
    expect(parts.map((p) => [p.rowId, p.item, p.title])).toEqual([
      [
        'p0s1',
        'a)',
        'Chủ trì tham mưu UBND tỉnh tổ chức diễn tập khu vực phòng thủ, xong trước ngày 30/8/2024',
      ],
      ['p0s2', 'b)', 'Hằng năm phối hợp với Công an tỉnh kiểm tra công tác dân quân tự vệ'],
      ['p0s3', 'c)', 'Tham mưu sơ kết 5 năm thực hiện Nghị quyết'],
    ]);
    for (const part of parts) {
      expect(part).toMatchObject({
        proposalIndex: 0,
        written: 'Bộ CHQS tỉnh',
        partnersWritten: ['Công an tỉnh'],
        lead: { type: 'single', agencyId: '5' },
        supportIds: ['7'],
      });
      expect(wordsAt(body, part.span)).toBe(part.title);
    }
    // The supporting duty b) starts left out, as support proposals do.
    expect(parts.map((p) => p.isSkipped)).toEqual([false, true, false]);
    expect(body.slice(parts[0]!.span!.start, parts[0]!.span!.end)).toBe(
      'Chủ trì tham mưu UBND tỉnh tổ chức diễn tập\nkhu vực phòng thủ, xong trước ngày 30/8/2024',
    );
    // The deadline and the recurrence go to the item that writes them, not to the others.
    expect(parts.map((p) => [p.due, p.recurrence, p.role])).toEqual([
      ['30/08/2024', 'once', 'lead'],
      ['', 'year', 'support'],
      ['', 'once', 'lead'],
    ]);
    // The parts do not share arrays with the row, so editing one leaves the others alone.
    expect(parts[0]!.supportIds).not.toBe(parts[1]!.supportIds);
    expect(countTaskItems(row, body)).toBe(3);
  });

  it('keeps the row’s own deadline and recurrence for items that write none', () => {
    const row = readRow({ title, span, due: '31/12/2024', recurrence: 'quarter' });
    const parts = splitTaskRow(row, { ...context, deadlines: [], recurring: [] })!;
    expect(parts.map((p) => [p.due, p.recurrence])).toEqual([
      ['31/12/2024', 'quarter'],
      ['31/12/2024', 'quarter'],
      ['31/12/2024', 'quarter'],
    ]);
    // A deadline read inside one item goes to it alone; the row's other date stays for the rest.
    const within = { ...context.deadlines[0]!, span: parts[0]!.span! };
    expect(splitTaskRow(row, { ...context, deadlines: [within] })!.map((p) => p.due)).toEqual([
      '30/08/2024',
      '31/12/2024',
      '31/12/2024',
    ]);
  });

  it('splits the words of the body when the extractor kept one duty of a lettered list', () => {
    const row = readRow({ title: 'Chủ trì tham mưu UBND tỉnh tổ chức diễn tập khu vực phòng thủ', span });
    const parts = splitTaskRow(row, context)!;
    expect(parts.map((p) => p.item)).toEqual(['a)', 'b)', 'c)']);
    expect(parts[2]!.title).toBe('Tham mưu sơ kết 5 năm thực hiện Nghị quyết');
    for (const part of parts) expect(wordsAt(body, part.span)).toBe(part.title);
  });

  it('splits a row typed by hand at its items, without spans', () => {
    const row = {
      ...newTaskRow('new1'),
      title: '- Tổ chức tuyên truyền Luật Quốc phòng;\n- Kiểm tra đăng ký nghĩa vụ quân sự',
    };
    const parts = splitTaskRow(row, NO_EXTRAS)!;
    expect(parts.map((p) => [p.rowId, p.title, p.span, p.proposalIndex])).toEqual([
      ['new1s1', 'Tổ chức tuyên truyền Luật Quốc phòng', null, null],
      ['new1s2', 'Kiểm tra đăng ký nghĩa vụ quân sự', null, null],
    ]);
  });

  it('leaves spans out for items the reviewer reworded, and keeps the row’s deadline for them', () => {
    const row = readRow({
      title:
        'a) Diễn tập khu vực phòng thủ cấp tỉnh; b) Hằng năm phối hợp với Công an tỉnh kiểm tra công tác dân quân tự vệ',
      span,
      due: '30/08/2024',
    });
    const parts = splitTaskRow(row, context)!;
    expect(parts[0]).toMatchObject({ span: null, due: '30/08/2024' });
    expect(wordsAt(body, parts[1]!.span)).toBe(parts[1]!.title);
  });

  it('does not split a single item, and offers nothing then', () => {
    const row = readRow({
      title: 'Chủ trì bảo đảm an ninh',
      span: { start: body.indexOf('Công an tỉnh:'), end: body.length - 2 },
    });
    expect(splitTaskRow(row, context)).toBeNull();
    expect(countTaskItems(row, body)).toBe(0);
    expect(splitRowIn([row], row.rowId, context)).toBeNull();
  });

  it('keeps the duties a support row leads, and leaves its support duties out', () => {
    const row = readRow({ title, span, role: 'support', isSkipped: true });
    expect(splitTaskRow(row, context)!.map((p) => [p.role, p.isSkipped])).toEqual([
      ['lead', false],
      ['support', true],
      ['lead', false],
    ]);
    const unmatched = readRow({
      title,
      span,
      lead: { type: 'none', agencyId: null, suggestionIds: [] },
      isSkipped: true,
    });
    expect(splitTaskRow(unmatched, context)!.every((p) => p.isSkipped)).toBe(true);
  });

  it('is sent as several tasks for the same lead, each highlighted, and each target tied to its part', () => {
    const doc = buildDoc();
    const form = buildReviewForm(doc);
    form.tasks[0] = { ...form.tasks[0]!, title, span, due: '30/08/2024' };
    form.targets[1] = {
      ...form.targets[1]!,
      span: { start: body.indexOf('sơ kết'), end: body.indexOf('sơ kết') + 6 },
    };
    const split = splitRowIn(form.tasks, 'p0', context)!;
    expect(countTasks({ tasks: split.rows })).toBe(4);
    // The reviewer keeps the supporting duty b) as a task of its own.
    split.rows[1] = { ...split.rows[1]!, isSkipped: false };
    const splitForm = { ...form, tasks: split.rows };
    expect(splitForm.tasks.map((t) => t.rowId)).toEqual(['p0s1', 'p0s2', 'p0s3', 'p1', 'p2', 'p3']);
    expect(countTasks(splitForm)).toBe(5);
    const request = toConfirmRequest(splitForm).request!;
    expect(request.tasks.slice(0, 3)).toEqual([
      expect.objectContaining({
        title: split.rows[0]!.title,
        leadAgencyIds: [9],
        supportAgencyIds: [5],
        dueOn: '2024-08-30',
      }),
      expect.objectContaining({
        title: split.rows[1]!.title,
        leadAgencyIds: [9],
        dueOn: null,
        recurrence: 'year',
      }),
      expect.objectContaining({ title: split.rows[2]!.title, leadAgencyIds: [9], span: split.rows[2]!.span }),
    ]);
    // The target written in item c) belongs to the third task sent.
    expect(request.targets.find((t) => t.indicatorId === 5)?.taskIndex).toBe(2);
    expect(taskRowOfTarget(splitForm.tasks, splitForm.targets[1]!)).toBe(2);
    const keys = buildMarks(doc.extraction!, splitForm)
      .filter((m) => m.type === 'task')
      .map((m) => m.key);
    expect(keys.slice(0, 3)).toEqual(['task-p0s1', 'task-p0s2', 'task-p0s3']);
  });

  it('takes the last split back, with the row as it was and where it was, edits of the parts dropped', () => {
    const rows = [readRow({ rowId: 'p9', title: 'Khác' }), readRow({ title, span, due: '30/08/2024' })];
    const split = splitRowIn(rows, 'p0', context)!;
    const edited = split.rows
      .map((r) => (r.rowId === 'p0s2' ? { ...r, title: 'Sửa lại' } : r))
      .filter((r) => r.rowId !== 'p0s3');
    expect(undoSplit(edited, split.record)).toEqual(rows);
    // Every part removed: the row comes back where it stood.
    expect(
      undoSplit(
        edited.filter((r) => !r.rowId.startsWith('p0s')),
        split.record,
      ),
    ).toEqual(rows);
  });
});

describe('adding a task for the same lead', () => {
  it('adds an empty row with the lead of the row, after that body’s rows', () => {
    const plural = buildReviewForm(buildDoc()).tasks[1]!;
    const rows = [
      readRow({ rowId: 'p0s1', title: 'Chủ trì diễn tập' }),
      readRow({ rowId: 'p0s2', title: 'Tham mưu sơ kết' }),
      plural,
    ];
    const added = addTaskForLead(rows, 'p0s1', 'new1');
    expect(added.map((r) => r.rowId)).toEqual(['p0s1', 'p0s2', 'new1', 'p1']);
    expect(added[2]).toMatchObject({
      proposalIndex: null,
      written: 'Bộ CHQS tỉnh',
      title: '',
      lead: { type: 'single', agencyId: '5' },
      supportIds: [],
      span: null,
      isSkipped: false,
    });
    const forPlural = addTaskForLead(rows, 'p1', 'new2').at(-1)!;
    expect(forPlural.lead).toEqual(plural.lead);
    expect(forPlural.lead).not.toBe(plural.lead);
    expect(toConfirmRequest({ ...buildReviewForm(buildDoc()), tasks: added }).errors).toEqual({
      'task-new1-title': 'review.error.titleRequired',
    });
  });
});

describe.skipIf(PLAN_TEXT === null)('splitting the Lạng Sơn plan (100/KH-UBND)', () => {
  const body = PLAN_TEXT ?? '';
  const extraction = extractDocument(body);
  const context: SplitContext = { body, deadlines: extraction.deadlines, recurring: extraction.recurring };
  const rowOf = (index: number): TaskRow => {
    const a = extraction.assignments[index]!;
    return readRow({
      rowId: `p${index}`,
      proposalIndex: index,
      written: a.agency,
      role: a.role,
      isSkipped: a.role === 'support',
      title: capitalizeFirst(a.task),
      span: a.span,
    });
  };
  const indexOf = (agency: string, role: TaskRow['role']) =>
    extraction.assignments.findIndex((a) => a.agency === agency && a.role === role);

  it('splits the provincial military command’s four lettered duties, three of which it leads', () => {
    const row = rowOf(indexOf('Bộ Chỉ huy Quân sự tỉnh', 'support'));
    const parts = splitTaskRow(row, context)!;
    expect(parts.map((p) => [p.item, p.role, p.isSkipped])).toEqual([
      ['a)', 'lead', false],
      ['b)', 'lead', false],
      ['c)', 'lead', false],
      ['d)', 'support', true],
    ]);
    expect(parts[1]!.title).toMatch(
      /^Chủ trì phối hợp với Sở Kế hoạch và Đầu tư, các cơ quan có liên quan giúp UBND tỉnh rà soát/,
    );
    expect(parts[1]!.title).toMatch(/bảo đảm trang bị theo quy định của Pháp luật$/);
    expect(parts[2]!.title).toBe(
      'Chủ trì phối hợp với các sở, ngành liên quan chỉ đạo cấp huyện lập kế hoạch xây dựng thế trận quân sự trong trong khu vực phòng thủ, tổ chức thẩm định, phê duyệt theo quy định',
    );
    expect(parts[3]!.title).toBe(row.title);
    for (const part of parts) {
      expect(wordsAt(body, part.span)).toBe(part.title);
      expect(body.slice(part.span!.start - 3, part.span!.start)).toBe(`${part.item} `);
    }
  });

  it('splits the border guard’s and the districts’ two duties, and nothing in single-duty rows', () => {
    expect(splitTaskRow(rowOf(indexOf('Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'lead')), context)).toHaveLength(
      2,
    );
    expect(splitTaskRow(rowOf(indexOf('UBND các huyện, thành phố', 'support')), context)).toHaveLength(2);
    for (const agency of ['Công an tỉnh', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo'])
      expect(countTaskItems(rowOf(indexOf(agency, 'lead')), body), agency).toBe(0);
  });
});
