/**
 * The learner's study rhythm: streak of study days, today's progress toward
 * the daily goal, review cards in all, and recent retention. Shown on the
 * review page and the dashboard, whose islands render it only once hydrated
 * (stored data differs from the server's), in the same render as the rest.
 */
import { useMemo } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress.ts";
import { localTimeZone } from "../lib/review/days.ts";
import {
  recentRetention,
  reviewCards,
  reviewQueue,
} from "../lib/review/due.ts";
import { dailyGoal, streak } from "../lib/review/study.ts";
import { t } from "../i18n/t.ts";

export default function StudyStats() {
  const doc = useStore($progress);
  const zone = useMemo(() => localTimeZone(), []);
  const now = Date.now();
  const days = streak(doc, now, zone);
  const goal = dailyGoal(doc, now, zone);
  const queue = reviewQueue(doc, now, zone);
  const retention = recentRetention(doc, now, zone);
  return (
    <ul class="study-stats" role="list">
      <li>
        {t("review.streak", { days: days.days })} (
        {days.today ? t("review.streakToday") : t("review.streakNotYet")})
      </li>
      <li>
        <label for="target-harian">
          {t("review.goal", { done: goal.done, goal: goal.goal })}
        </label>{" "}
        <progress
          id="target-harian"
          max={goal.goal}
          value={Math.min(goal.done, goal.goal)}
        />
      </li>
      <li>
        {t("review.cardsTotal", {
          count: reviewCards(doc).length,
          fresh: queue.newTotal,
        })}
      </li>
      <li>
        {retention
          ? t("review.retention", {
              percent: Math.round(retention.ratio * 100),
              count: retention.count,
            })
          : t("review.retentionNone")}
      </li>
    </ul>
  );
}
