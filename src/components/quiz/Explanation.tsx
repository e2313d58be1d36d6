/** The explanation of a question and the link to the lesson section that teaches it (feedback and results). */
import { t } from "../../i18n/t.ts";
import type { QuizQuestion } from "./QuestionCard.tsx";

export default function Explanation({ question }: { question: QuizQuestion }) {
  return (
    <>
      <p>
        <strong>{t("quiz.explanation")}:</strong> {question.explanation}
      </p>
      <p>
        <a href={question.sectionHref}>
          {t("quiz.readAgain")}: {question.sectionTitle}
        </a>
      </p>
    </>
  );
}
