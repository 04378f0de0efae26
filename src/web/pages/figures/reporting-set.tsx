import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { type ReportingSet, setForPeriodType, useIndicatorCatalogue } from '../../api/figures.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { periodTypeOf } from './period-label.ts';

/**
 * Renders `children` with the reporting set of the period's type (yearly or half-yearly). Other
 * kinds of period have no set: that is said plainly instead of an empty grid. The page shows a
 * catalogue failure once, above the tabs.
 */
export function WithReportingSet({
  period,
  children,
}: {
  period: string;
  children: (set: ReportingSet) => ReactNode;
}) {
  const t = useFiguresT();
  const catalogue = useIndicatorCatalogue();
  if (catalogue.isPending) return <PageLoader />;
  if (catalogue.isError) return null;
  const type = periodTypeOf(period) ?? 'year';
  const set = setForPeriodType(catalogue.data.sets, type);
  if (!set) {
    return (
      <Alert color="gray" variant="light" role="status">
        {t('figures.noSet', { type: t(`periodType.${type}`) })}
      </Alert>
    );
  }
  return children(set);
}
