// Charts (recharts underneath) are the heaviest code of the app: this module is only ever
// imported lazily, so its script and styles load when someone opens an indicator's detail.
import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';

/** One sub-unit's bar. */
export interface UnitBar {
  unit: string;
  value: number;
  isBelow: boolean;
}

/** A dashed line marking the target on a chart. */
export interface ChartReference {
  value: number;
  label: string;
}

const BAR_HEIGHT = 30;

/** Horizontal bars, one per sub-unit; those below their target are red. */
export function UnitBarChart({
  bars,
  reference,
  formatValue,
  label,
  seriesLabel,
}: {
  bars: UnitBar[];
  reference: ChartReference | null;
  formatValue: (value: number) => string;
  /** What the chart shows, for screen readers (the table below carries the same data). */
  label: string;
  seriesLabel: string;
}) {
  const data = bars.map((bar) => ({
    unit: bar.unit,
    value: bar.value,
    color: bar.isBelow ? 'red.6' : 'armyGreen.5',
    // Read by the end-to-end test and handy when inspecting the chart.
    status: bar.isBelow ? 'below' : 'ok',
  }));
  return (
    <div role="img" aria-label={label} data-testid="unit-bar-chart">
      <BarChart
        h={Math.max(140, bars.length * BAR_HEIGHT + 50)}
        data={data}
        dataKey="unit"
        orientation="vertical"
        series={[{ name: 'value', label: seriesLabel, color: 'armyGreen.5' }]}
        valueFormatter={formatValue}
        withBarValueLabel
        maxBarWidth={22}
        gridAxis="y"
        yAxisProps={{ width: 190 }}
        referenceLines={
          reference
            ? [
                {
                  x: reference.value,
                  label: reference.label,
                  color: 'red.6',
                  strokeDasharray: '4 4',
                  ifOverflow: 'extendDomain',
                  labelPosition: 'insideTopRight',
                },
              ]
            : undefined
        }
      />
    </div>
  );
}

/** One period's point. */
export interface SeriesPointView {
  period: string;
  value: number | null;
}

/** A line over the last periods; a period without figures leaves a gap rather than a guess. */
export function SeriesLineChart({
  points,
  reference,
  formatValue,
  label,
  seriesLabel,
}: {
  points: SeriesPointView[];
  reference: ChartReference | null;
  formatValue: (value: number) => string;
  label: string;
  seriesLabel: string;
}) {
  return (
    <div role="img" aria-label={label} data-testid="series-line-chart">
      <LineChart
        h={260}
        data={points}
        dataKey="period"
        series={[{ name: 'value', label: seriesLabel, color: 'armyGreen.7' }]}
        valueFormatter={formatValue}
        connectNulls={false}
        curveType="linear"
        yAxisProps={{ width: 70 }}
        referenceLines={
          reference
            ? [
                {
                  y: reference.value,
                  label: reference.label,
                  color: 'red.6',
                  strokeDasharray: '4 4',
                  ifOverflow: 'extendDomain',
                },
              ]
            : undefined
        }
      />
    </div>
  );
}
