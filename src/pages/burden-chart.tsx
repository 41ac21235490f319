// A horizontal bar chart drawn on the server as SVG: no script, scales to a 360-px screen.
export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 340;
const ROW = 36;
const BAR_MAX = 280;

export function BarChart(props: { title: string; unit: string; bars: Bar[] }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const height = Math.max(ROW, props.bars.length * ROW);
  const summary = props.bars.map((b) => `${b.label} ${b.value}${props.unit}`).join('，');
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      {props.bars.length === 0 ? (
        <p class="small">本周没有。</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-label={`${props.title}：${summary}`}
          xmlns="http://www.w3.org/2000/svg"
        >
          {props.bars.map((b, i) => {
            const y = i * ROW;
            const w = b.value === 0 ? 0 : Math.max(3, Math.round((b.value / max) * BAR_MAX));
            return (
              <g>
                <text x="0" y={y + 13} font-size="13" fill="#374151">
                  {b.label}
                </text>
                <rect x="0" y={y + 18} width={w} height="12" rx="3" fill="#17603f" />
                <text x={w + 6} y={y + 29} font-size="12" fill="#1f2328">
                  {`${b.value}${props.unit}`}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
