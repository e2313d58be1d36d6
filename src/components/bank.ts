/** Fetches the question bank (`<base>latihan/soal.json`) once per page, when first needed. */
import { joinBase } from "../lib/url.ts";
import type { QuizQuestion } from "./quiz/QuestionCard.tsx";

let request: Promise<QuizQuestion[]> | undefined;

/** The whole bank with section links. A failed request is retried on the next call. */
export function loadBank(base: string): Promise<QuizQuestion[]> {
  request ??= fetch(joinBase(base, "latihan/soal.json")).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<QuizQuestion[]>;
  });
  request.catch(() => (request = undefined));
  return request;
}
