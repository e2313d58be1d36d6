/**
 * Review island (`/ulasan/`): today's due and new cards, one at a time. A
 * question card is answered again (the answer is kept like any other); a term
 * card is recalled, then revealed. Either way the learner rates it Lagi,
 * Sulit, Baik or Mudah, and FSRS (src/lib/review/schedule.ts) schedules it.
 * Ending a session with at least one card rated makes today a study day.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import {
  $progress,
  answerQuestion,
  changeSetting,
  finishStudy,
  retireReviewCards,
  saveReview,
} from "../stores/progress.ts";
import {
  nextDue,
  ratingsByCard,
  reviewCards,
  reviewQueue,
  settingValue,
  type DueAt,
  type ReviewCard,
} from "../lib/review/due.ts";
import {
  allowedRatings,
  previewRatings,
  rateCard,
} from "../lib/review/schedule.ts";
import { localTimeZone } from "../lib/review/days.ts";
import type {
  Attempt,
  ReviewEntry,
  ReviewRating,
} from "../lib/progress/models.ts";
import { SETTING_RULES } from "../lib/progress/models.ts";
import { formatDate, t, type MessageKey } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import { loadBank } from "./bank.ts";
import QuestionCard, { type QuizQuestion } from "./quiz/QuestionCard.tsx";
import ProgressNotice from "./ProgressNotice.tsx";
import StudyStats from "./StudyStats.tsx";

/** A glossary term as a review card shows it. */
export interface ReviewTerm {
  slug: string;
  term: string;
  english: string;
  definition: string;
  /** Link to the term in the glossary. */
  href: string;
}

export interface ReviewSessionProps {
  terms: ReviewTerm[];
  /** Links used in the empty state. */
  practiceHref: string;
  glossaryHref: string;
  /** The site's base path, for fetching the question bank. */
  base: string;
}

const RATING_KEYS: Record<ReviewRating, MessageKey> = {
  1: "review.rating1",
  2: "review.rating2",
  3: "review.rating3",
  4: "review.rating4",
};

/** "dalam 10 menit", "besok", "dalam 8 hari": when a rating would bring a card back. */
function whenText(entry: ReviewEntry, now: number): string {
  if (entry.days === 1) return t("review.tomorrow");
  if (entry.days > 1) return t("review.inDays", { n: entry.days });
  return t("review.inMinutes", {
    n: Math.max(1, Math.round((entry.due - now) / 60_000)),
  });
}

function dueText(due: DueAt): string {
  if ("day" in due)
    return t("review.onDay", {
      date: formatDate(Date.parse(`${due.day}T12:00:00Z`)),
    });
  return t("review.atTime", {
    time: new Intl.DateTimeFormat("id-ID", {
      hour: "2-digit",
      minute: "2-digit",
    }).format(due.at),
  });
}

type BankState = Map<string, QuizQuestion> | "loading" | "failed";

export default function ReviewSession({
  terms,
  practiceHref,
  glossaryHref,
  base,
}: ReviewSessionProps) {
  const hydrated = useHydrated();
  const doc = useStore($progress);
  const zone = useMemo(() => localTimeZone(), []);
  const [now, setNow] = useState(() => Date.now());
  const [bank, setBank] = useState<BankState>("loading");
  const [active, setActive] = useState(false);
  const [rated, setRated] = useState(0);
  const [done, setDone] = useState<number | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [attempt, setAttempt] = useState<Attempt | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  /** The card on screen, kept until it is rated or skipped (another tab may rate it meanwhile). */
  const [currentId, setCurrentId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ratingsGroup = useRef<HTMLFieldSetElement>(null);
  const termMap = useMemo(
    () => new Map(terms.map((term) => [term.slug, term])),
    [terms],
  );

  // Minute steps fall due while the page is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    loadBank(base).then(
      (questions) => setBank(new Map(questions.map((q) => [q.id, q]))),
      () => setBank("failed"),
    );
  }, [base]);

  const queue = reviewQueue(doc, now, zone);
  const cards = [...queue.due, ...queue.fresh].filter(
    (card) => !skipped.includes(card.id),
  );
  const allCards = reviewCards(doc);
  const pinned = currentId
    ? allCards.find((card) => card.id === currentId)
    : undefined;
  const current: ReviewCard | undefined = active
    ? (pinned ?? cards[0])
    : undefined;
  const ratings = ratingsByCard(doc);

  useEffect(() => {
    if (active && current && current.id !== currentId) setCurrentId(current.id);
  }, [active, current?.id, currentId]);

  // A session with no card left (skipped, or rated in another tab) ends by itself.
  useEffect(() => {
    if (active && !current) finish(rated);
  }, [active, current]);

  useEffect(() => {
    if (active) heading.current?.focus();
  }, [active, current?.id, rated]);

  // Once the answer shows, the ratings come next.
  useEffect(() => {
    if (attempt) ratingsGroup.current?.focus();
  }, [attempt]);

  // Question cards whose question left the course cannot be shown: take them out.
  useEffect(() => {
    if (!(bank instanceof Map)) return;
    retireReviewCards(
      allCards
        .filter((card) => card.kind === "question" && !bank.has(card.ref))
        .map((card) => card.id),
    );
  }, [bank, allCards.length]);

  if (!hydrated) return <p>{t("review.loading")}</p>;

  function start() {
    setNow(Date.now());
    setCurrentId(null);
    setActive(true);
    setDone(null);
    setRated(0);
    setSkipped([]);
    setRevealed(false);
    setAttempt(undefined);
    setAnnouncement("");
  }

  function finish(count: number) {
    if (count > 0) finishStudy("review", "ulasan");
    setActive(false);
    setCurrentId(null);
    setDone(count);
  }

  function rate(card: ReviewCard, rating: ReviewRating) {
    const at = Date.now();
    const entry = rateCard(card, ratings.get(card.id) ?? [], rating, at);
    saveReview(entry);
    const count = rated + 1;
    setRated(count);
    setCurrentId(null);
    setRevealed(false);
    setAttempt(undefined);
    setNow(at);
    setAnnouncement(
      t("review.rated", {
        rating: t(RATING_KEYS[rating]),
        when: whenText(entry, at),
      }),
    );
  }

  const total = allCards.length;
  const allowed = allowedRatings(current, attempt);
  const waitingNew = queue.newTotal - queue.fresh.length;
  const previews =
    current && previewRatings(current, ratings.get(current.id) ?? [], now);

  const upcoming = nextDue(doc, now, zone);

  return (
    <div class="review">
      <ProgressNotice />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!active && (
        <section aria-labelledby="ulasan-hari-ini" class="review-start">
          <h2 id="ulasan-hari-ini">{t("review.sessionHeading")}</h2>
          {done !== null && (
            <p class="notice">{t("review.sessionDone", { count: done })}</p>
          )}
          {total === 0 && cards.length === 0 ? (
            <>
              <p>{t("review.empty")}</p>
              <p>
                <a href={practiceHref}>{t("review.toPractice")}</a>
                {" · "}
                <a href={glossaryHref}>{t("review.toGlossary")}</a>
              </p>
            </>
          ) : (
            <>
              <p>
                {t("review.today", {
                  due: queue.due.length,
                  fresh: queue.fresh.length,
                })}
                {waitingNew > 0 &&
                  ` ${t("review.newWaiting", {
                    n: waitingNew,
                    limit: settingValue(doc, "newPerDay"),
                  })}`}
              </p>
              {cards.length > 0 ? (
                <button
                  type="button"
                  class="button button-primary"
                  onClick={start}
                >
                  {t("review.start")}
                </button>
              ) : (
                <p>
                  {upcoming && "at" in upcoming
                    ? t("review.nextAt", { when: dueText(upcoming) })
                    : `${t("review.allDone")}${
                        upcoming
                          ? ` ${t("review.nextAt", { when: dueText(upcoming) })}`
                          : ""
                      }`}
                </p>
              )}
            </>
          )}
        </section>
      )}

      {active && current && (
        <section class="review-card" aria-labelledby="kartu-ulasan">
          <h2 id="kartu-ulasan" tabIndex={-1} ref={heading}>
            {t("review.progress", {
              n: rated + 1,
              total: rated + Math.max(cards.length, 1),
            })}
          </h2>
          <p class="review-meta">
            {current.kind === "term"
              ? t("review.termCard")
              : t("review.questionCard")}
            {!ratings.has(current.id) && ` · ${t("review.newCard")}`}
          </p>
          <CardFace
            key={`${current.id}:${rated}`}
            card={current}
            n={rated + 1}
            total={rated + Math.max(cards.length, 1)}
            bank={bank}
            term={termMap.get(current.ref)}
            revealed={revealed}
            onReveal={() => setRevealed(true)}
            attempt={attempt}
            onAnswer={(question, response) => {
              const a = answerQuestion(question, response);
              setAttempt(a);
              return a;
            }}
            onSkip={() => {
              setSkipped([...skipped, current.id]);
              setCurrentId(null);
            }}
          />
          {previews && (revealed || attempt) && (
            <fieldset class="review-ratings" tabIndex={-1} ref={ratingsGroup}>
              <legend>
                {t("review.rateLead")}
                {attempt && !attempt.correct && (
                  <span class="rating-hint">
                    {" "}
                    {attempt.score > 0
                      ? t("review.partialHint")
                      : t("review.wrongHint")}
                  </span>
                )}
              </legend>
              {allowed.map((rating) => {
                const preview = previews[rating];
                return (
                  <button
                    type="button"
                    class={`button rating rating-${rating}`}
                    key={rating}
                    onClick={() => rate(current, rating)}
                  >
                    <span class="rating-label">{t(RATING_KEYS[rating])}</span>
                    <span class="rating-when">{whenText(preview, now)}</span>
                  </button>
                );
              })}
            </fieldset>
          )}
          <p>
            <button
              type="button"
              class="button button-small"
              onClick={() => finish(rated)}
            >
              {t("review.finish")}
            </button>
          </p>
        </section>
      )}

      <h2>{t("review.statsHeading")}</h2>
      <StudyStats />
      <ReviewSettings />
    </div>
  );
}

interface CardFaceProps {
  card: ReviewCard;
  /** Position in the session, for the question's "Soal n dari total". */
  n: number;
  total: number;
  bank: BankState;
  term: ReviewTerm | undefined;
  revealed: boolean;
  onReveal: () => void;
  attempt: Attempt | undefined;
  onAnswer: (
    question: QuizQuestion,
    response: Parameters<typeof answerQuestion>[1],
  ) => Attempt;
  onSkip: () => void;
}

/** The card itself: a term to recall and reveal, or a question to answer again. */
function CardFace({
  card,
  n,
  total,
  bank,
  term,
  revealed,
  onReveal,
  attempt,
  onAnswer,
  onSkip,
}: CardFaceProps) {
  const definition = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (revealed) definition.current?.focus();
  }, [revealed]);
  if (card.kind === "term") {
    if (!term) return <Missing onSkip={onSkip} />;
    return (
      <div class="term-card">
        <h3>
          {term.term}{" "}
          <span class="english" lang="en">
            ({term.english})
          </span>
        </h3>
        {revealed ? (
          <div tabIndex={-1} ref={definition} class="term-definition">
            <p>{term.definition}</p>
            <p>
              <a href={term.href}>{t("nav.glossary")}</a>
            </p>
          </div>
        ) : (
          <>
            <p>{t("review.recall")}</p>
            <button type="button" class="button" onClick={onReveal}>
              {t("review.show")}
            </button>
          </>
        )}
      </div>
    );
  }
  if (bank === "loading") return <p>{t("review.loading")}</p>;
  const question = bank === "failed" ? undefined : bank.get(card.ref);
  if (!question)
    return bank === "failed" ? (
      <>
        <p class="notice">{t("review.loadFailed")}</p>
        <button type="button" class="button" onClick={onSkip}>
          {t("review.skip")}
        </button>
      </>
    ) : (
      <Missing onSkip={onSkip} />
    );
  return (
    <div class="question-review quiz">
      <QuestionCard
        question={question}
        n={n}
        total={total}
        seed={`ulasan:${card.id}`}
        attempt={attempt}
        onAnswer={(response) => onAnswer(question, response)}
        allowRetry={false}
      />
    </div>
  );
}

function Missing({ onSkip }: { onSkip: () => void }) {
  return (
    <>
      <p>{t("review.missing")}</p>
      <button type="button" class="button" onClick={onSkip}>
        {t("review.skip")}
      </button>
    </>
  );
}

/** The two review settings: new cards per day and the daily goal. */
function ReviewSettings() {
  const doc = useStore($progress);
  const [message, setMessage] = useState("");
  const fields = [
    { key: "newPerDay", label: t("review.newPerDay") },
    { key: "dailyGoal", label: t("review.dailyGoal") },
  ] as const;
  return (
    <details class="review-settings">
      <summary>{t("review.settings")}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          for (const { key } of fields) {
            const value = Number(data.get(key));
            const rule = SETTING_RULES[key];
            if (
              Number.isInteger(value) &&
              value >= rule.min &&
              value <= rule.max &&
              value !== (doc.settings[key]?.value ?? rule.default)
            )
              changeSetting(key, value);
          }
          setMessage(t("review.saved"));
        }}
      >
        {fields.map(({ key, label }) => (
          <p key={key}>
            <label for={`setelan-${key}`}>{label}</label>{" "}
            <input
              id={`setelan-${key}`}
              name={key}
              type="number"
              inputMode="numeric"
              required
              min={SETTING_RULES[key].min}
              max={SETTING_RULES[key].max}
              step={1}
              value={doc.settings[key]?.value ?? SETTING_RULES[key].default}
            />
          </p>
        ))}
        <button type="submit" class="button">
          {t("review.save")}
        </button>
        <p role="status">{message}</p>
      </form>
    </details>
  );
}
