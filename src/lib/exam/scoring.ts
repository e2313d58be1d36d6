/**
 * Scoring a sitting: unanswered questions count as wrong. The points scale
 * is the course's own (5 points per right answer), not the official SKB scale,
 * which depends on the position applied for.
 */
import { scoreResponse } from "../quiz/check.ts";
import type { Question, Response } from "../quiz/models.ts";

/** Points per right answer on the course's practice scale. */
export const POINTS_PER_RIGHT = 5;

/** Results of one lesson within a sitting. */
export interface ExamLessonResult {
  lesson: string;
  questions: number;
  right: number;
}

/** Results of a sitting. */
export interface ExamResult {
  questions: number;
  right: number;
  wrong: number;
  unanswered: number;
  /** Right answers over questions, a 0..1 ratio. */
  ratio: number;
  points: number;
  maxPoints: number;
  byLesson: ExamLessonResult[];
}

/** Score a sitting's answers against its questions. */
export function scoreExam(
  questions: readonly Question[],
  answers: Readonly<Record<string, Response>>,
): ExamResult {
  const right = new Set(
    questions
      .filter((q) => {
        const a = answers[q.id];
        return a !== undefined && scoreResponse(q, a).correct;
      })
      .map((q) => q.id),
  );
  const unanswered = questions.filter(
    (q) => answers[q.id] === undefined,
  ).length;
  const lessons = [...new Set(questions.map((q) => q.lesson))];
  return {
    questions: questions.length,
    right: right.size,
    wrong: questions.length - right.size - unanswered,
    unanswered,
    ratio: questions.length === 0 ? 0 : right.size / questions.length,
    points: right.size * POINTS_PER_RIGHT,
    maxPoints: questions.length * POINTS_PER_RIGHT,
    byLesson: lessons.map((lesson) => {
      const qs = questions.filter((q) => q.lesson === lesson);
      return {
        lesson,
        questions: qs.length,
        right: qs.filter((q) => right.has(q.id)).length,
      };
    }),
  };
}
