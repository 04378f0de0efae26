import { describe, expect, it } from 'vitest';
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
  type TextMark,
  toConfirmRequest,
} from './review-model.ts';

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
