/**
 * Quiz island: a list of check questions embedded in a lesson (or a practice
 * set). Every type works by keyboard alone; verdicts are announced in a live
 * region that exists before any answer is given.
 */
import QuestionCard, { type QuizQuestion } from "./quiz/QuestionCard.tsx";

export type { QuizQuestion };

/** Props: the questions in display order, and the seed of their option order. */
export interface QuizProps {
  questions: QuizQuestion[];
  /** Seed of the shuffled option order; lesson checks use a fixed one so the order never changes. */
  seed?: string;
}

/** The quiz island. */
export default function Quiz({ questions, seed = "modul" }: QuizProps) {
  return (
    <div class="quiz">
      {questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          question={question}
          n={index + 1}
          total={questions.length}
          seed={seed}
        />
      ))}
    </div>
  );
}
