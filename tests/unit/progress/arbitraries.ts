/** fast-check generators of progress documents, shared by the progress tests. */
import fc from "fast-check";
import { mergeLogs } from "../../../src/lib/progress/document.ts";
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

export const progressDocument: fc.Arbitrary<ProgressDocument> = fc.record({
  version: fc.constant(2 as const),
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
