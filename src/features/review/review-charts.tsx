import { useId } from 'react';
import type { ConditionCounts, TrendPoint } from '@/domain/aggregation';
import { LIGHT_LETTER } from '@/domain/light';
import type { LightState } from '@/domain/types';
import { formatDate } from '@/ui/format';

// Plain SVG: two small charts do not justify a charting library in the bundle.

const BAR_STATES: LightState[] = ['red', 'amber', 'green', 'notApplicable', 'unassessed'];

/**
 * One horizontal bar per condition, split by colour. Each segment carries the
 * light's letter and count, so the chart reads in black and white.
 */
export function StackedBars({ counts, label }: { counts: ConditionCounts[]; label: string }) {
  const titleId = useId();
  const labelWidth = 190;
  const barWidth = 480;
  const rowHeight = 30;
  const height = counts.length * rowHeight + 4;
  return (
    <svg
      className="chart chart-bars"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${labelWidth + barWidth + 8} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{label}</title>
      {counts.map(({ condition, counts: byState, total }, row) => {
        const y = row * rowHeight + 2;
        let x = labelWidth;
        return (
          <g key={condition.id}>
            <text x={labelWidth - 8} y={y + rowHeight / 2} className="chart-label" textAnchor="end">
              {condition.name}
            </text>
            {BAR_STATES.map((state) => {
              const count = byState[state];
              if (!count || !total) return null;
              const width = (count / total) * barWidth;
              const segmentX = x;
              x += width;
              return (
                <g key={state}>
                  <rect
                    x={segmentX}
                    y={y + 3}
                    width={width}
                    height={rowHeight - 8}
                    className={`chart-segment chart-${state}`}
                  />
                  {width >= 30 && (
                    <text
                      x={segmentX + width / 2}
                      y={y + rowHeight / 2}
                      className={`chart-value chart-value-${state}`}
                      textAnchor="middle"
                    >
                      {`${LIGHT_LETTER[state]} ${count}`}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The SVG path through the months that had reviews; a month without any breaks
 * the line (a gap, never a drop to zero).
 */
export function trendPath(
  points: readonly TrendPoint[],
  key: 'red' | 'green',
  xOf: (index: number) => number,
  yOf: (value: number) => number,
): string {
  let pen = false;
  const parts: string[] = [];
  points.forEach((point, index) => {
    if (point.reviews === 0) {
      pen = false;
      return;
    }
    parts.push(`${pen ? 'L' : 'M'}${xOf(index)},${yOf(point[key])}`);
    pen = true;
  });
  return parts.join(' ');
}

/** Reds (solid line, squares) and greens (dashed line, circles) at each month's end. */
export function TrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  const titleId = useId();
  const width = 680;
  const height = 220;
  const left = 40;
  const right = 12;
  const top = 12;
  const bottom = 30;
  const reviewed = points.filter((point) => point.reviews > 0);
  const max = Math.max(4, ...reviewed.map((point) => Math.max(point.red, point.green)));
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const xOf = (index: number) => left + index * step;
  const yOf = (value: number) => top + (1 - value / max) * (height - top - bottom);
  const path = (key: 'red' | 'green') => trendPath(points, key, xOf, yOf);
  const ticks = [0, Math.round(max / 2), max];
  return (
    <svg
      className="chart chart-trend"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{label}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - right} y1={yOf(tick)} y2={yOf(tick)} className="chart-grid" />
          <text x={left - 6} y={yOf(tick) + 4} textAnchor="end" className="chart-label">
            {tick}
          </text>
        </g>
      ))}
      {points.map((point, index) => (
        <text
          key={point.month}
          x={xOf(index)}
          y={height - 10}
          textAnchor="middle"
          className={point.reviews === 0 ? 'chart-label chart-label-gap' : 'chart-label'}
        >
          {formatDate(`${point.month}-01`, 'MMM')}
        </text>
      ))}
      <path d={path('red')} className="chart-line chart-line-red" />
      <path d={path('green')} className="chart-line chart-line-green" />
      {points.map((point, index) =>
        point.reviews === 0 ? null : (
          <g key={point.month}>
            <rect
              x={xOf(index) - 4}
              y={yOf(point.red) - 4}
              width={8}
              height={8}
              className="chart-marker-red"
            />
            <circle cx={xOf(index)} cy={yOf(point.green)} r={4.5} className="chart-marker-green" />
          </g>
        ),
      )}
    </svg>
  );
}
