/**
 * Quiz island: the check questions embedded in a lesson. Each question shows
 * the learner's latest stored attempt (after hydration, so server HTML and
 * first render agree) and stores every new one. Answering the last question
 * of the block that was not yet answered today finishes the lesson check,
 * which makes today count toward the streak. Every type works by keyboard
 * alone; verdicts are announced in a live region present before any answer.
 */
import { useStore } from "@nanostores/preact";
import QuestionCard, { type QuizQuestion } from "./quiz/QuestionCard.tsx";
import { $progress, answerQuestion, finishStudy } from "../stores/progress.ts";
import { checkFinished } from "../lib/review/study.ts";
import { localTimeZone } from "../lib/review/days.ts";
import { useHydrated } from "./useHydrated.ts";

export type { QuizQuestion };

/** Props: the questions in display order, and the seed of their option order. */
export interface QuizProps {
  questions: QuizQuestion[];
  /** Seed of the shuffled option order; lesson checks use a fixed one so the order never changes. */
  seed?: string;
}

/** The quiz island. */
export default function Quiz({ questions, seed = "modul" }: QuizProps) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  return (
    <div class="quiz">
      {questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          question={question}
          n={index + 1}
          total={questions.length}
          seed={seed}
          attempt={hydrated ? progress.answers[question.id] : undefined}
          onAnswer={(response) => {
            const attempt = answerQuestion(question, response);
            const lesson = questions[0]?.lesson ?? question.lesson;
            if (
              checkFinished(
                $progress.get(),
                lesson,
                questions.map((q) => q.id),
                attempt.at,
                localTimeZone(),
              )
            )
              finishStudy("check", lesson, attempt.at);
            return attempt;
          }}
        />
      ))}
    </div>
  );
}
