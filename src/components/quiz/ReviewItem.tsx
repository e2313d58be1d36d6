/**
 * One question in a results review (practice, exam): the stem, the verdict,
 * the learner's answer, the right answer, the explanation and a link to the
 * lesson section.
 */
import { answerTexts } from "../../lib/quiz/check.ts";
import type { Response } from "../../lib/quiz/models.ts";
import { responseTexts } from "../../lib/quiz/response.ts";
import { t } from "../../i18n/t.ts";
import type { QuizQuestion } from "./QuestionCard.tsx";
import Explanation from "./Explanation.tsx";

export interface ReviewItemProps {
  question: QuizQuestion;
  /** The learner's answer, undefined when unanswered. */
  response: Response | undefined;
  /** Credit earned (0..1); undefined when unanswered. */
  score: number | undefined;
}

/** One line inline, several as a list (ordering, matching, grouping answers). */
function TextList({ lines }: { lines: string[] }) {
  if (lines.length <= 1) return <>{lines[0] ?? ""}</>;
  return (
    <ul class="answer-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export default function ReviewItem({
  question,
  response,
  score,
}: ReviewItemProps) {
  const labels = { true: t("quiz.true"), false: t("quiz.false") };
  const verdict =
    score === undefined || score === 0
      ? t("quiz.wrong")
      : score === 1
        ? t("quiz.right")
        : t("quiz.partial", { percent: Math.round(score * 100) });
  return (
    <li data-state={score === 1 ? "right" : "wrong"}>
      <p class="review-stem">{question.stem}</p>
      <p>
        <strong>{verdict}</strong>
      </p>
      <div class="review-answer">
        {t("practice.yourAnswer")}{" "}
        {response ? (
          <TextList lines={responseTexts(question, response, labels)} />
        ) : (
          t("practice.notAnswered")
        )}
      </div>
      <div class="review-answer">
        {t("quiz.rightAnswerList")}{" "}
        <TextList lines={answerTexts(question, labels)} />
      </div>
      <Explanation question={question} />
    </li>
  );
}
