/** fast-check generators of progress documents, shared by the progress tests. */
import fc from "fast-check";
import {
  mergeEvents,
  mergeLogs,
  mergeReviewLogs,
} from "../../../src/lib/progress/document.ts";
import type {
  Attempt,
  LessonRecord,
  ProgressDocument,
} from "../../../src/lib/progress/models.ts";

const time = fc.integer({ min: 0, max: 2_000_000_000_000 });
const slug = fc.constantFrom(
  "pengantar",
  "prinsip-intervensi",
  "tahapan-pertolongan",
  "kasus-lansia-terlantar",
);
const questionId = fc.constantFrom(
  "pengantar-01",
  "pengantar-02",
  "prinsip-intervensi-03",
  "tahapan-pertolongan-04",
);

export const lessonRecord: fc.Arbitrary<LessonRecord> = fc
  .tuple(time, time, fc.option(time, { nil: undefined }))
  .map(([a, b, completedAt]) => ({
    firstVisitedAt: Math.min(a, b),
    lastVisitedAt: Math.max(a, b),
    ...(completedAt === undefined ? {} : { completedAt }),
  }));

export const attempt: fc.Arbitrary<Attempt> = fc.record({
  response: fc.oneof(
    fc.record({
      type: fc.constant("single-choice" as const),
      choice: fc.integer({ min: 0, max: 4 }),
    }),
    fc.record({
      type: fc.constant("multiple-response" as const),
      choices: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
    }),
    fc.record({
      type: fc.constant("true-false" as const),
      value: fc.boolean(),
    }),
  ),
  score: fc.constantFrom(0, 0.5, 1),
  correct: fc.boolean(),
  at: fc.integer({ min: 0, max: 20 }),
});

const small = fc.integer({ min: 0, max: 20 });
const cardId = fc.constantFrom("q:pengantar-01", "q:pengantar-02", "t:kelayan");

export const progressDocument: fc.Arbitrary<ProgressDocument> = fc.record({
  version: fc.constant(3 as const),
  review: fc.record({
    terms: fc.dictionary(
      fc.constantFrom("kelayan", "asesmen", "terminasi"),
      fc
        .tuple(small, fc.option(small, { nil: undefined }))
        .map(([addedAt, removedAt]) =>
          removedAt === undefined ? { addedAt } : { addedAt, removedAt },
        ),
    ),
    retired: fc.dictionary(
      fc.constantFrom("q:pengantar-01", "q:hilang"),
      small,
    ),
    log: fc
      .array(
        fc.record({
          card: cardId,
          at: small,
          rating: fc.constantFrom(
            1 as const,
            2 as const,
            3 as const,
            4 as const,
          ),
          due: small,
          days: fc.integer({ min: 0, max: 3 }),
        }),
        { maxLength: 6 },
      )
      .map((log) => mergeReviewLogs([], log)),
  }),
  events: fc
    .array(
      fc.record({
        at: small,
        kind: fc.constantFrom("review" as const, "check" as const),
        ref: fc.constantFrom("ulasan", "pengantar"),
      }),
      { maxLength: 4 },
    )
    .map((events) => mergeEvents([], events)),
  settings: fc.record(
    {
      dailyGoal: fc.record({
        value: fc.integer({ min: 1, max: 50 }),
        at: small,
      }),
      newPerDay: fc.record({
        value: fc.integer({ min: 0, max: 50 }),
        at: small,
      }),
    },
    { requiredKeys: [] },
  ),
  lessons: fc.dictionary(slug, lessonRecord),
  answers: fc.dictionary(questionId, attempt),
  log: fc
    .array(
      fc.record({
        q: questionId,
        at: fc.integer({ min: 0, max: 20 }),
        score: fc.constantFrom(0, 0.5, 1),
        correct: fc.boolean(),
      }),
      { maxLength: 8 },
    )
    .map((log) => mergeLogs([], log)),
});
