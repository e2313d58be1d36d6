/**
 * Keys of the strings that name a value (a lesson state, a mastery state, a
 * stage, a choice quality, an ending kind). Islands look labels up here
 * instead of building keys, so each key stays a whole literal that the client
 * build can inline (src/integrations/inline-strings.ts).
 */
import type { MessageKey } from "./t.ts";
import type { LessonState } from "../lib/progress/summary.ts";
import type { MasteryState } from "../lib/progress/mastery.ts";
import type { Stage } from "../lib/scenario/stages.ts";

export const LESSON_STATE_KEYS = {
  new: "status.new",
  visited: "status.visited",
  completed: "status.completed",
} as const satisfies Record<LessonState, MessageKey>;

export const MASTERY_KEYS = {
  none: "mastery.none",
  learning: "mastery.learning",
  mastered: "mastery.mastered",
} as const satisfies Record<MasteryState, MessageKey>;

export const STAGE_KEYS = {
  engagement: "stage.engagement",
  asesmen: "stage.asesmen",
  perencanaan: "stage.perencanaan",
  intervensi: "stage.intervensi",
  evaluasi: "stage.evaluasi",
  terminasi: "stage.terminasi",
  rujukan: "stage.rujukan",
} as const satisfies Record<Stage, MessageKey>;

export const QUALITY_KEYS = {
  baik: "scenario.quality.baik",
  cukup: "scenario.quality.cukup",
  lemah: "scenario.quality.lemah",
} as const satisfies Record<"baik" | "cukup" | "lemah", MessageKey>;

export const ENDING_KEYS = {
  baik: "scenario.endingKind.baik",
  sedang: "scenario.endingKind.sedang",
  buruk: "scenario.endingKind.buruk",
} as const satisfies Record<"baik" | "sedang" | "buruk", MessageKey>;
