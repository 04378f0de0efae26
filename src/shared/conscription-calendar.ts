/**
 * The legal calendar of one conscription cycle (tuyển quân), Luật Nghĩa vụ quân sự 78/2015/QH13
 * as amended: a cycle is named by the year of its handover (giao quân), and its first three steps
 * fall in the year before. For the 2026 handover the commune lists the men turning 17 in January
 * 2025, registers them in April 2025, examines in November–December 2025 and hands over in
 * February–March 2026.
 */

/** The steps of a cycle, in the order they happen. */
export const CONSCRIPTION_STEPS = ['list', 'registration', 'examination', 'handover'] as const;
export type ConscriptionStep = (typeof CONSCRIPTION_STEPS)[number];

/** How each step is named (Vietnamese, for exports; the web app has its own catalogs). */
export const CONSCRIPTION_STEP_LABELS: Record<ConscriptionStep, string> = {
  list: 'Lập danh sách nam công dân đủ 17 tuổi',
  registration: 'Đăng ký nghĩa vụ quân sự lần đầu',
  examination: 'Khám sức khỏe tuyển chọn',
  handover: 'Giao nhận quân',
};

/** The article each step rests on, as the domain reference cites it. */
export const CONSCRIPTION_STEP_BASIS: Record<ConscriptionStep, string> = {
  list: 'Điều 16 Luật NVQS (sửa đổi 2025)',
  registration: 'Điều 16 Luật NVQS',
  examination: 'Điều 40 khoản 4 Luật NVQS',
  handover: 'Điều 33 Luật NVQS',
};

/** One step's legal window (ISO dates, inclusive). */
export interface CalendarWindow {
  step: ConscriptionStep;
  from: string;
  to: string;
}

/**
 * Where a step stands today: `done` once its figure is entered (whenever that was), `late` when
 * its window has closed without it, `open` inside the window, `upcoming` before it.
 */
export type StepState = 'done' | 'late' | 'open' | 'upcoming';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

/** The four windows of the cycle whose handover falls in `handoverYear`. */
export function conscriptionCalendar(handoverYear: number): CalendarWindow[] {
  const before = handoverYear - 1;
  return [
    { step: 'list', from: day(before, 1, 1), to: day(before, 1, 31) },
    { step: 'registration', from: day(before, 4, 1), to: day(before, 4, 30) },
    { step: 'examination', from: day(before, 11, 1), to: day(before, 12, 31) },
    // February or March: the law names the months, the province picks the days (13–15/02 in 2025).
    { step: 'handover', from: day(handoverYear, 2, 1), to: day(handoverYear, 3, 31) },
  ];
}

/** A step's state on `today` (ISO date in Vietnam), given whether its figure has been entered. */
export function stepState(window: CalendarWindow, today: string, isDone: boolean): StepState {
  if (isDone) return 'done';
  if (today > window.to) return 'late';
  if (today >= window.from) return 'open';
  return 'upcoming';
}

/** True when a handover date lies in February or March of the handover year. */
export function isInHandoverWindow(handoverYear: number, date: string): boolean {
  const handover = conscriptionCalendar(handoverYear).find((w) => w.step === 'handover')!;
  return date >= handover.from && date <= handover.to;
}

/**
 * The calendar year a step's figure belongs to in the yearly figures: the listing and the first
 * registration are that year's work (the men turning 17 in it), the handover is its own year's.
 */
export function figureYearOf(step: ConscriptionStep, handoverYear: number): number {
  return step === 'handover' ? handoverYear : handoverYear - 1;
}

/**
 * The handover year whose cycle a page opens on for `today` (ISO): until the handover window
 * closes on 31 March it is this year's; from April the next year's cycle (its registration,
 * then its examination) is the one in progress.
 */
export function cycleInProgress(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) > '03-31' ? year + 1 : year;
}
