/**
 * Scores of finished exam simulations over time, as a small SVG line chart
 * (plain SVG: no chart library), with the same figures in a text list for
 * screen readers and print.
 */
import { formatDate, t } from "../i18n/t.ts";

export interface ExamChartProps {
  /** One point per sitting: when it ended (ms epoch) and its score (0..1). */
  points: { at: number; ratio: number }[];
}

const W = 320;
const H = 120;
const PAD = 24;

export default function ExamChart({ points }: ExamChartProps) {
  const xs = points.map((_, i) =>
    points.length === 1
      ? W / 2
      : PAD + (i * (W - 2 * PAD)) / (points.length - 1),
  );
  const ys = points.map((p) => H - PAD - p.ratio * (H - 2 * PAD));
  const path = xs
    .map((x, i) => `${i === 0 ? "M" : "L"}${x.toFixed(1)},${ys[i]!.toFixed(1)}`)
    .join(" ");
  const label = points
    .map((p) => `${formatDate(p.at)}: ${Math.round(p.ratio * 100)}%`)
    .join("; ");
  return (
    <figure class="exam-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${t("exam.chart")}. ${label}`}
      >
        {[0, 0.5, 1].map((r) => (
          <g key={r}>
            <line
              x1={PAD}
              x2={W - PAD}
              y1={H - PAD - r * (H - 2 * PAD)}
              y2={H - PAD - r * (H - 2 * PAD)}
              class="grid"
            />
            <text x={2} y={H - PAD - r * (H - 2 * PAD) + 4}>
              {r * 100}
            </text>
          </g>
        ))}
        <path d={path} class="line" />
        {xs.map((x, i) => (
          <circle key={i} cx={x} cy={ys[i]} r={3.5} class="dot" />
        ))}
      </svg>
      <figcaption>{t("exam.chart")}</figcaption>
    </figure>
  );
}
