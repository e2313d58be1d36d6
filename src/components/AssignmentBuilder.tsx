/**
 * Assignment builder island (`/dosen/penugasan/`): the lecturer picks
 * lessons, cases and a quiz (chosen questions, or N drawn with a fixed seed),
 * a class, a due date and a pass mark, and gets a link, a QR code (made here
 * in the browser) and a printable sheet. Checking and encoding happen in
 * `src/lib/assignment/link.ts`; this island renders and dispatches.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import {
  assignmentUrl,
  encodeAssignment,
  LIMITS,
  lessonQuestionIds,
  newSeed,
  validateAssignment,
  type Problem,
} from "../lib/assignment/link.ts";
import type { Assignment, Catalog } from "../lib/assignment/models.ts";
import { rememberMadeAssignment } from "../stores/assignments.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import { loadBank } from "./bank.ts";
import { href, lessonHref } from "./paths.ts";
import { builderMessage } from "./assignment/messages.ts";
import { localDay } from "./assignment/dates.ts";
import type { QuizQuestion } from "./quiz/QuestionCard.tsx";

/** Labels of the quiz modes (whole key literals, so bundles can inline them). */
const QUIZ_MODES = {
  random: "assign.quiz.random",
  chosen: "assign.quiz.chosen",
  none: "assign.quiz.none",
} as const;

export interface AssignmentBuilderProps {
  catalog: Catalog;
  /** The site's base path. */
  base: string;
}

type QuizMode = "none" | "chosen" | "random";

/** A calendar day `days` from today in local time, "YYYY-MM-DD". */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function toggle(list: string[], value: string, on: boolean): string[] {
  return on
    ? [...list.filter((v) => v !== value), value]
    : list.filter((v) => v !== value);
}

interface Built {
  assignment: Assignment;
  payload: string;
  url: string;
  /** The QR code as an SVG data URL; null when the link is too long for one; undefined while it is made. */
  qr?: string | null;
}

export default function AssignmentBuilder({
  catalog,
  base,
}: AssignmentBuilderProps) {
  const hydrated = useHydrated();
  const [title, setTitle] = useState("");
  const [className, setClassName] = useState("");
  const [due, setDue] = useState("");
  const [lessons, setLessons] = useState<string[]>([]);
  const [cases, setCases] = useState<string[]>([]);
  const [mode, setMode] = useState<QuizMode>("random");
  const [chosenIds, setChosenIds] = useState<string[]>([]);
  const [drawLessons, setDrawLessons] = useState<string[]>([]);
  const [count, setCount] = useState(10);
  const [seed, setSeed] = useState("");
  const [minPercent, setMinPercent] = useState(70);
  const [bank, setBank] = useState<QuizQuestion[] | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState("");
  const [built, setBuilt] = useState<Built | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setDue(dayFromToday(7));
    setSeed(newSeed());
  }, []);

  useEffect(() => {
    if (mode !== "chosen" || bank) return;
    loadBank(base)
      .then(setBank)
      .catch(() => setStatus(t("assign.bankFailed")));
  }, [mode, bank, base]);

  const lessonTitle = (slug: string) =>
    catalog.lessons.find((l) => l.slug === slug)?.title ?? slug;
  const caseTitle = (id: string) =>
    catalog.cases.find((c) => c.id === id)?.title ?? id;
  const inOrder = (slugs: string[]) =>
    catalog.lessons.map((l) => l.slug).filter((s) => slugs.includes(s));
  const poolSize = drawLessons.reduce(
    (n, slug) => n + lessonQuestionIds(catalog, slug).length,
    0,
  );

  function assignment(): Assignment {
    return {
      title: title.trim(),
      className: className.trim(),
      due,
      lessons: inOrder(lessons),
      cases: catalog.cases.map((c) => c.id).filter((id) => cases.includes(id)),
      quiz:
        mode === "none"
          ? null
          : mode === "chosen"
            ? {
                kind: "chosen",
                ids: catalog.lessons
                  .flatMap((l) => lessonQuestionIds(catalog, l.slug))
                  .filter((id) => chosenIds.includes(id)),
              }
            : {
                kind: "random",
                lessons: inOrder(drawLessons),
                n: count,
                seed,
              },
      minScore: Math.min(100, Math.max(0, Math.round(minPercent))) / 100,
    };
  }

  async function build(e: Event) {
    e.preventDefault();
    const a = assignment();
    const found = validateAssignment(a, catalog);
    setProblems(found);
    if (found.length > 0) {
      setStatus(t("assign.fix", { count: found.length }));
      return;
    }
    const payload = encodeAssignment(a);
    const url = assignmentUrl(window.location.origin, base, payload);
    rememberMadeAssignment(payload);
    setStatus(t("assign.built"));
    setBuilt({ assignment: a, payload, url });
    requestAnimationFrame(() => resultHeading.current?.focus());
    try {
      const { encodeQR } = await import("qr");
      const svg = encodeQR(url, "svg", { ecc: "medium" });
      setBuilt({
        assignment: a,
        payload,
        url,
        qr: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      });
    } catch {
      setBuilt({ assignment: a, payload, url, qr: null });
    }
  }

  async function copy() {
    if (!built) return;
    try {
      await navigator.clipboard.writeText(built.url);
      setStatus(t("assign.copied"));
    } catch {
      urlInput.current?.select();
      setStatus(t("assign.copyByHand"));
    }
  }

  const byLesson = catalog.lessons.map((lesson) => ({
    lesson,
    questions: (bank ?? []).filter((q) => q.lesson === lesson.slug),
  }));

  return (
    <div class="assignment-builder">
      <form class="builder-form" onSubmit={build} noValidate>
        <fieldset disabled={!hydrated}>
          <legend>{t("assign.identity")}</legend>
          <p class="field">
            <label for="tugas-judul">{t("assign.title")}</label>
            <input
              id="tugas-judul"
              type="text"
              maxLength={LIMITS.title}
              value={title}
              placeholder={t("assign.titlePlaceholder")}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </p>
          <p class="field">
            <label for="tugas-kelas">{t("assign.class")}</label>
            <input
              id="tugas-kelas"
              type="text"
              required
              maxLength={LIMITS.className}
              value={className}
              placeholder={t("assign.classPlaceholder")}
              onInput={(e) => setClassName(e.currentTarget.value)}
            />
          </p>
          <p class="field">
            <label for="tugas-batas">{t("assign.due")}</label>
            <input
              id="tugas-batas"
              type="date"
              required
              value={due}
              onInput={(e) => setDue(e.currentTarget.value)}
            />
          </p>
        </fieldset>

        <fieldset disabled={!hydrated}>
          <legend>{t("assign.lessons")}</legend>
          <p class="hint">{t("assign.lessonsHint")}</p>
          <ul role="list" class="check-list">
            {catalog.lessons.map((l) => (
              <li key={l.slug}>
                <label>
                  <input
                    type="checkbox"
                    checked={lessons.includes(l.slug)}
                    onChange={(e) =>
                      setLessons(
                        toggle(lessons, l.slug, e.currentTarget.checked),
                      )
                    }
                  />{" "}
                  {l.order}. {l.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset disabled={!hydrated}>
          <legend>{t("assign.cases")}</legend>
          <p class="hint">{t("assign.casesHint")}</p>
          <ul role="list" class="check-list">
            {catalog.cases.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={cases.includes(c.id)}
                    onChange={(e) =>
                      setCases(toggle(cases, c.id, e.currentTarget.checked))
                    }
                  />{" "}
                  {c.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset disabled={!hydrated}>
          <legend>{t("assign.quiz")}</legend>
          {(["random", "chosen", "none"] as const).map((m) => (
            <label key={m} class="radio-line">
              <input
                type="radio"
                name="jenis-kuis"
                checked={mode === m}
                onChange={() => setMode(m)}
              />{" "}
              {t(QUIZ_MODES[m])}
            </label>
          ))}

          {mode === "random" && (
            <div class="quiz-options">
              <p class="hint">{t("assign.randomHint")}</p>
              <ul role="list" class="check-list">
                {catalog.lessons.map((l) => (
                  <li key={l.slug}>
                    <label>
                      <input
                        type="checkbox"
                        checked={drawLessons.includes(l.slug)}
                        onChange={(e) =>
                          setDrawLessons(
                            toggle(
                              drawLessons,
                              l.slug,
                              e.currentTarget.checked,
                            ),
                          )
                        }
                      />{" "}
                      {t("assign.drawFrom", {
                        title: l.title,
                        count: lessonQuestionIds(catalog, l.slug).length,
                      })}
                    </label>
                  </li>
                ))}
              </ul>
              <p class="field field-inline">
                <label for="tugas-jumlah">{t("assign.count")}</label>
                <input
                  id="tugas-jumlah"
                  type="number"
                  min={1}
                  max={LIMITS.questions}
                  value={count}
                  onInput={(e) => setCount(Number(e.currentTarget.value))}
                />
                <span class="hint">
                  {t("assign.available", { count: poolSize })}
                </span>
              </p>
              <p class="field-inline">
                <span>{t("assign.seed", { seed: seed || "…" })}</span>
                <button
                  type="button"
                  class="button button-small"
                  onClick={() => setSeed(newSeed())}
                >
                  {t("assign.reseed")}
                </button>
              </p>
            </div>
          )}

          {mode === "chosen" && (
            <div class="quiz-options">
              <p class="hint" aria-live="polite">
                {bank
                  ? t("assign.chosenCount", {
                      count: chosenIds.length,
                      max: LIMITS.questions,
                    })
                  : t("assign.bankLoading")}
              </p>
              {bank &&
                byLesson.map(({ lesson, questions }) => {
                  const picked = questions.filter((q) =>
                    chosenIds.includes(q.id),
                  ).length;
                  return (
                    <details key={lesson.slug} class="question-picker">
                      <summary>
                        {t("assign.pickerLesson", {
                          title: lesson.title,
                          picked,
                          count: questions.length,
                        })}
                      </summary>
                      <ul role="list" class="check-list">
                        {questions.map((q) => (
                          <li key={q.id}>
                            <label>
                              <input
                                type="checkbox"
                                checked={chosenIds.includes(q.id)}
                                onChange={(e) =>
                                  setChosenIds(
                                    toggle(
                                      chosenIds,
                                      q.id,
                                      e.currentTarget.checked,
                                    ),
                                  )
                                }
                              />{" "}
                              <span class="question-id">{q.id}</span> {q.stem}
                            </label>
                          </li>
                        ))}
                      </ul>
                    </details>
                  );
                })}
            </div>
          )}

          {mode !== "none" && (
            <p class="field field-inline">
              <label for="tugas-kkm">{t("assign.minScore")}</label>
              <input
                id="tugas-kkm"
                type="number"
                min={0}
                max={100}
                value={minPercent}
                onInput={(e) => setMinPercent(Number(e.currentTarget.value))}
              />
              <span>%</span>
            </p>
          )}
        </fieldset>

        <button
          type="submit"
          class="button button-primary"
          disabled={!hydrated}
        >
          {t("assign.build")}
        </button>
        <div class="builder-status" role="status" aria-live="polite">
          {status && <p>{status}</p>}
          {problems.length > 0 && (
            <ul class="problem-list">
              {problems.map((p) => (
                <li key={`${p.problem}:${p.detail ?? ""}`}>
                  {builderMessage(p)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>

      {built && (
        <section class="assignment-sheet" aria-labelledby="hasil-tugas">
          <h2 id="hasil-tugas" tabIndex={-1} ref={resultHeading}>
            {built.assignment.title || t("assign.sheetTitle")}
          </h2>
          <dl class="sheet-meta">
            <dt>{t("task.class")}</dt>
            <dd>{built.assignment.className}</dd>
            <dt>{t("task.due")}</dt>
            <dd>{formatDate(localDay(built.assignment.due))}</dd>
            {built.assignment.quiz && (
              <>
                <dt>{t("task.minScore")}</dt>
                <dd>{Math.round(built.assignment.minScore * 100)}%</dd>
              </>
            )}
          </dl>
          <h3>{t("assign.sheetItems")}</h3>
          <ol class="sheet-items">
            {built.assignment.lessons.map((slug) => (
              <li key={slug}>
                {t("task.itemLesson", { title: lessonTitle(slug) })}{" "}
                <a href={lessonHref(slug)} class="screen-only">
                  {t("assign.open")}
                </a>
              </li>
            ))}
            {built.assignment.cases.map((id) => (
              <li key={id}>
                {t("task.itemCase", { title: caseTitle(id) })}{" "}
                <a href={href(`kasus/${id}/`)} class="screen-only">
                  {t("assign.open")}
                </a>
              </li>
            ))}
            {built.assignment.quiz && (
              <li>
                {built.assignment.quiz.kind === "chosen"
                  ? t("task.itemQuiz", {
                      count: built.assignment.quiz.ids.length,
                    })
                  : t("assign.sheetDraw", {
                      count: built.assignment.quiz.n,
                      lessons: built.assignment.quiz.lessons
                        .map(lessonTitle)
                        .join(", "),
                    })}
              </li>
            )}
          </ol>
          <div class="sheet-link">
            {built.qr === undefined ? (
              <p class="hint">{t("assign.qrMaking")}</p>
            ) : built.qr === null ? (
              <p class="notice">{t("assign.qrTooLong")}</p>
            ) : (
              <img
                class="qr"
                src={built.qr}
                alt={t("assign.qrAlt")}
                width="220"
                height="220"
              />
            )}
            <div>
              <p class="sheet-howto">{t("assign.howto")}</p>
              <p class="field screen-only">
                <label for="tugas-tautan">{t("assign.link")}</label>
                <input
                  id="tugas-tautan"
                  ref={urlInput}
                  type="text"
                  readOnly
                  value={built.url}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </p>
              <p class="print-only sheet-url">{built.url}</p>
            </div>
          </div>
          <p class="dash-actions screen-only">
            <button type="button" class="button button-primary" onClick={copy}>
              {t("assign.copy")}
            </button>
            <button type="button" class="button" onClick={() => window.print()}>
              {t("assign.print")}
            </button>
            <a class="button" href={built.url} target="_blank" rel="noopener">
              {t("assign.tryAsStudent")}
            </a>
            <a
              class="button"
              href={`${href("dosen/rekap/")}#t=${built.payload}`}
            >
              {t("assign.toRecap")}
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
