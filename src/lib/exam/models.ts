/**
 * Types of the exam simulation: presets, the paper drawn for one sitting,
 * and its state while it runs. Times are milliseconds since the Unix epoch.
 */
import type { Response } from "../quiz/models.ts";

/** A length of exam the candidate can choose. */
export interface ExamPreset {
  id: string;
  /** Number of questions. */
  count: number;
  /** Time allowed, minutes. */
  minutes: number;
}

/**
 * Presets. The first is the length commonly reported for the SKB (100
 * questions in 90 minutes, press reports 2020 and 2023); it is a setting, not
 * an official rule.
 */
export const EXAM_PRESETS: readonly ExamPreset[] = [
  { id: "skb", count: 100, minutes: 90 },
  { id: "setengah", count: 50, minutes: 45 },
  { id: "singkat", count: 20, minutes: 18 },
];

/** Why a sitting ended. */
export type SubmitReason = "learner" | "deadline";

/** One sitting: the paper, the answers so far, and how it ended. */
export interface ExamSitting {
  /** Seed of the draw: the same seed and bank give the same paper. */
  seed: string;
  questionIds: string[];
  minutes: number;
  startedAt: number;
  /** The wall-clock instant the time runs out: startedAt + minutes. */
  deadline: number;
  /** Latest answer per question id. */
  answers: Record<string, Response>;
  /** Question ids marked ragu-ragu (unsure). */
  flagged: string[];
  /** Index of the question on screen. */
  current: number;
  /** Warning thresholds (minutes left) already given. */
  warned: number[];
  submittedAt?: number;
  submitReason?: SubmitReason;
}
