/**
 * Plain SVG charts. Each one is a figure whose numbers are also in a caption table for screen readers
 * (and for the printed report), so the picture is never the only way to read them.
 */
export interface Bar {
  label: string;
  value: number; // 0..100
  note?: string;
  highlight?: boolean;
}

export function BarChart({ title, bars, threshold }: { title: string; bars: Bar[]; threshold?: number }) {
  const rowHeight = 28;
  const labelWidth = 170;
  const width = 560;
  const plot = width - labelWidth - 60;
  const height = bars.length * rowHeight + 8;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%">
        {bars.map((b, i) => {
          const y = i * rowHeight + 4;
          const w = Math.max(0, Math.min(100, b.value)) * (plot / 100);
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart-label">
                {b.label.length > 21 ? (
                  <>
                    {/* Shortened to fit; the whole name on hover and in the figure's caption table. */}
                    <title>{b.label}</title>
                    {`${b.label.slice(0, 20)}…`}
                  </>
                ) : (
                  b.label
                )}
              </text>
              <rect x={labelWidth} y={y + 3} width={plot} height={rowHeight - 10} className="chart-track" />
              <rect
                x={labelWidth}
                y={y + 3}
                width={w}
                height={rowHeight - 10}
                className={b.highlight ? 'chart-bar chart-bar-strong' : 'chart-bar'}
              />
              <text x={labelWidth + plot + 6} y={y + 16} className="chart-value">
                {Math.round(b.value)}%
              </text>
            </g>
          );
        })}
        {threshold !== undefined && (
          <line
            x1={labelWidth + threshold * (plot / 100)}
            x2={labelWidth + threshold * (plot / 100)}
            y1={0}
            y2={height}
            className="chart-threshold"
          />
        )}
      </svg>
      <figcaption className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>
                  {Math.round(b.value)}%{b.note ? ` (${b.note})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

/** A histogram of counts per bucket (score distribution). */
export function Histogram({
  title,
  buckets,
}: {
  title: string;
  buckets: { label: string; count: number }[];
}) {
  const width = 560;
  const height = 120;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = width / Math.max(1, buckets.length);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-label={title} width="100%">
        {buckets.map((b, i) => {
          const h = (b.count / max) * height;
          return (
            <g key={b.label}>
              <rect x={i * slot + 4} y={height - h} width={slot - 8} height={h} className="chart-bar" />
              <text x={i * slot + slot / 2} y={height + 16} textAnchor="middle" className="chart-label">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
