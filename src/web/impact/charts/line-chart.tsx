/**
 * A small line chart in SVG (no chart library): months along the bottom, a value up the side. A value
 * that is `null` (a hidden figure, or one the data cannot give) leaves a gap in its line, never a
 * guess. Every series has its own colour from the Mantine theme, dash pattern and marker shape, so the
 * lines stay apart in grey print and for colour-blind readers. The drawing is hidden from screen
 * readers: the chart's frame gives them the title, a summary and the same numbers as a table.
 */
export type Marker = 'circle' | 'square' | 'diamond';
export type LineSeries = {
  key: string;
  label: string;
  /** A CSS colour, e.g. `var(--mantine-color-teal-8)`. */
  color: string;
  dash?: string;
  marker: Marker;
  values: readonly (number | null)[];
};

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, right: 16, bottom: 36, left: 48 };

/**
 * Round ticks for a count axis from 0 to at least `max`: about four steps of 1, 2 or 5 times a power
 * of ten, whole numbers only (12 -> 0, 5, 10, 15).
 */
export function countTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** The runs of consecutive non-null values, as [index, value] pairs: one line piece each. */
export function segments(values: readonly (number | null)[]): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push([i, v]);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function MarkerShape({ shape, x, y, color }: { shape: Marker; x: number; y: number; color: string }) {
  if (shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (shape === 'diamond')
    return <path d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={4} fill={color} />;
}

export function LineChart({
  xLabels,
  series,
  yTicks,
  formatY,
}: {
  xLabels: readonly string[];
  series: readonly LineSeries[];
  /** The value axis's ticks from 0 up; the last is the top. */
  yTicks: readonly number[];
  formatY: (value: number) => string;
}) {
  const yMax = yTicks[yTicks.length - 1] || 1;
  const inner = { w: WIDTH - PAD.left - PAD.right, h: HEIGHT - PAD.top - PAD.bottom };
  const x = (i: number) =>
    PAD.left + (xLabels.length <= 1 ? inner.w / 2 : (i * inner.w) / (xLabels.length - 1));
  const y = (v: number) => PAD.top + inner.h - (v / yMax) * inner.h;
  // Label at most about eight months along the bottom, always the first and the last.
  const every = Math.max(1, Math.ceil(xLabels.length / 8));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="presentation"
      aria-hidden
      className="chart-drawing"
      style={{ display: 'block', maxWidth: WIDTH, overflow: 'visible' }}
    >
      {yTicks.map((t) => (
        <g key={t}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(t)}
            y2={y(t)}
            stroke="var(--mantine-color-gray-3)"
            strokeWidth={1}
          />
          <text
            x={PAD.left - 8}
            y={y(t)}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize={12}
            fill="var(--mantine-color-dimmed)"
          >
            {formatY(t)}
          </text>
        </g>
      ))}
      {xLabels.map((label, i) =>
        i % every === 0 || i === xLabels.length - 1 ? (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: one label per month, in order
            key={i}
            x={x(i)}
            y={HEIGHT - PAD.bottom + 20}
            textAnchor="middle"
            fontSize={12}
            fill="var(--mantine-color-dimmed)"
          >
            {label}
          </text>
        ) : null,
      )}
      {series.map((s) => (
        <g key={s.key} data-testid={`series-${s.key}`}>
          {segments(s.values).map((run) => (
            <polyline
              key={run[0]![0]}
              points={run.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')}
              fill="none"
              stroke={s.color}
              strokeWidth={2.5}
              strokeDasharray={s.dash}
              strokeLinejoin="round"
            />
          ))}
          {s.values.map((v, i) =>
            v === null ? null : (
              // biome-ignore lint/suspicious/noArrayIndexKey: one point per month, in order
              <g key={i} data-testid={`point-${s.key}`} data-value={v}>
                <MarkerShape shape={s.marker} x={x(i)} y={y(v)} color={s.color} />
              </g>
            ),
          )}
        </g>
      ))}
    </svg>
  );
}
