/** The tabs of the Chỉ tiêu page, by their URL value. */
export const FIGURES_TABS = ['tong-hop', 'nhap-so-lieu', 'chi-tieu-giao', 'tien-do'] as const;

/** A tab of the page, as written in the URL. */
export type FiguresTab = (typeof FIGURES_TABS)[number];

/** URL parameters of the page (Vietnamese, like the rest of the app's addresses). */
export const FIGURES_PARAMS = { unit: 'don-vi', period: 'ky', tab: 'tab', detail: 'xem' } as const;

/** Address of the Chỉ tiêu page opened on a tab or an indicator's detail (unit and year default). */
export function figuresPath(options: { tab?: FiguresTab; detail?: number } = {}): string {
  const search = new URLSearchParams();
  if (options.tab && options.tab !== 'tong-hop') search.set(FIGURES_PARAMS.tab, options.tab);
  if (options.detail !== undefined) search.set(FIGURES_PARAMS.detail, String(options.detail));
  const query = search.toString();
  return query ? `/chi-tieu?${query}` : '/chi-tieu';
}
