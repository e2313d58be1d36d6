/**
 * Answers and review ratings per day over the last days, as a small SVG bar
 * chart (plain SVG, no chart library), with the figures in its text
 * alternative. The day's goal is drawn as a dashed line.
 */
import { formatDate, t } from "../i18n/t.ts";

export interface ActivityChartProps {
  /** Oldest first: a calendar date `YYYY-MM-DD` and the answers and ratings given that day. */
  days: { day: string; count: number }[];
  /** The daily goal (answers and ratings), drawn as a line. */
  goal: number;
}

const W = 320;
const H = 130;
const PAD = 20;

/** "16 Nov": a short day label for the axis. */
function shortDay(day: string): string {
  return new Intl.DateTimeFormat("id-ID", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(Date.parse(`${day}T12:00:00Z`));
}

/** The date a `YYYY-MM-DD` key names, formatted in Indonesian. */
function dayText(day: string): string {
  return formatDate(Date.parse(`${day}T12:00:00Z`));
}

export default function ActivityChart({ days, goal }: ActivityChartProps) {
  const top = Math.max(goal, ...days.map((d) => d.count), 1);
  const slot = (W - 2 * PAD) / Math.max(days.length, 1);
  const y = (n: number) => H - PAD - (n / top) * (H - 2 * PAD);
  const label = days
    .map((d) => t("review.chartDay", { date: dayText(d.day), count: d.count }))
    .join("; ");
  return (
    <figure class="activity-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${t("review.chart")}. ${label}`}
      >
        <line x1={PAD} x2={W - PAD} y1={y(0)} y2={y(0)} class="grid" />
        <line x1={PAD} x2={W - PAD} y1={y(goal)} y2={y(goal)} class="goal" />
        <text x={2} y={y(goal) + 4}>
          {goal}
        </text>
        {days.length > 0 && (
          <>
            <text x={PAD} y={H - 4}>
              {shortDay(days[0]!.day)}
            </text>
            <text x={W - PAD} y={H - 4} text-anchor="end">
              {t("review.chartToday")}
            </text>
          </>
        )}
        {days.map((d, i) => (
          <rect
            key={d.day}
            x={PAD + i * slot + slot * 0.15}
            width={slot * 0.7}
            y={y(d.count)}
            height={Math.max(0, y(0) - y(d.count))}
            class={d.count >= goal ? "bar bar-met" : "bar"}
          />
        ))}
      </svg>
      <figcaption>{t("review.chart")}</figcaption>
    </figure>
  );
}
