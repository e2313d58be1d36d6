/**
 * Assignment builder island (`/dosen/penugasan/`): the lecturer picks
 * lessons, cases and a quiz (chosen questions, or N drawn with a fixed seed),
 * a class, a due date and a pass mark, and gets a link, a QR code (made here
 * in the browser) and a printable sheet. Checking and encoding happen in
 * `src/lib/assignment/link.ts`; this island renders and dispatches.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  assignmentUrl,
  DEFAULT_MIN_SCORE,
  encodeAssignment,
  isCalendarDay,
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

/**
 * The ids of the form's fields a problem can point at, in the order they
 * appear (the first one with a problem gets the focus). Groups of
 * checkboxes are named by their first checkbox.
 */
const FIELDS = [
  "tugas-judul",
  "tugas-kelas",
  "tugas-batas",
  "tugas-lewat",
  "tugas-modul",
  "tugas-sumber",
  "tugas-soal",
  "tugas-jumlah",
  "tugas-acak",
  "tugas-kkm",
] as const;
type Field = (typeof FIELDS)[number];

/** A problem of the form: the field to fix and what to say. */
interface FormProblem {
  field: Field;
  message: string;
}

/** The field to fix for a problem found by `validateAssignment`. */
function fieldOf(p: Problem): Field {
  switch (p.problem) {
    case "no-class":
      return "tugas-kelas";
    case "bad-date":
      return "tugas-batas";
    case "not-enough-questions":
      return "tugas-jumlah";
    case "invalid":
      switch (p.detail) {
        case "j":
          return "tugas-judul";
        case "k":
          return "tugas-kelas";
        case "m":
          return "tugas-kkm";
        case "q.l":
          return "tugas-sumber";
        case "q.i":
          return "tugas-soal";
        case "q.n":
          return "tugas-jumlah";
        case "q.s":
          return "tugas-acak";
      }
      return "tugas-modul";
    default:
      return "tugas-modul";
  }
}

/** The id of the message of a field with a problem (for aria-describedby). */
const errorId = (field: Field) => `${field}-salah`;

/** A calendar day `days` from today in local time, "YYYY-MM-DD". */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whether a typed pass mark is a whole number from 0 to 100. */
function validPercent(typed: string): boolean {
  const n = Number(typed);
  return typed.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= 100;
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
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
  /** The pass mark as typed, so an empty or out-of-range value is refused rather than read as 0 or clamped. */
  const [minPercent, setMinPercent] = useState("70");
  const [pastDueOk, setPastDueOk] = useState(false);
  const [bank, setBank] = useState<QuizQuestion[] | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [status, setStatus] = useState("");
  const [built, setBuilt] = useState<Built | null>(null);
  const [copyNote, setCopyNote] = useState("");
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  /** Counts builds and form changes: a QR code made for an older state is dropped. */
  const generation = useRef(0);
  const builtRef = useRef<Built | null>(null);
  builtRef.current = built;

  useEffect(() => {
    setDue(dayFromToday(7));
    setSeed(newSeed());
  }, []);

  // Any change to the form makes the built link, QR code and sheet wrong:
  // remove them at once (a layout effect, so before the next click is handled).
  useLayoutEffect(() => {
    generation.current += 1;
    if (!builtRef.current) return;
    setBuilt(null);
    setCopyNote("");
    setStatus(t("assign.stale"));
  }, [
    title,
    className,
    due,
    pastDueOk,
    lessons,
    cases,
    mode,
    chosenIds,
    drawLessons,
    count,
    seed,
    minPercent,
  ]);

  const today = dayFromToday(0);
  const pastDue = isCalendarDay(due) && due < today;
  const problemOf = (field: Field) => problems.find((p) => p.field === field);
  /** aria-invalid and aria-describedby for a field, when it has a problem. */
  const invalid = (field: Field) =>
    problemOf(field)
      ? { "aria-invalid": true as const, "aria-describedby": errorId(field) }
      : {};
  const errorText = (field: Field) => {
    const problem = problemOf(field);
    return problem ? (
      <span class="field-error" id={errorId(field)}>
        {problem.message}
      </span>
    ) : null;
  };

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
      // Without a quiz the pass mark is not shown, so a stray value in it is not a problem.
      minScore:
        mode === "none" && !validPercent(minPercent)
          ? DEFAULT_MIN_SCORE
          : minPercent.trim() === ""
            ? Number.NaN
            : Number(minPercent) / 100,
    };
  }

  async function build(e: Event) {
    e.preventDefault();
    const a = assignment();
    const found: FormProblem[] = validateAssignment(a, catalog).map((p) => ({
      field: fieldOf(p),
      message: builderMessage(p),
    }));
    if (pastDue && !pastDueOk)
      found.push({
        field: "tugas-lewat",
        message: t("assign.problem.pastDue"),
      });
    found.sort((x, y) => FIELDS.indexOf(x.field) - FIELDS.indexOf(y.field));
    setProblems(found);
    if (found.length > 0) {
      generation.current += 1;
      setBuilt(null);
      setCopyNote("");
      setStatus(t("assign.fix", { count: found.length }));
      const first = (found[0] as FormProblem).field;
      requestAnimationFrame(() => document.getElementById(first)?.focus());
      return;
    }
    const payload = encodeAssignment(a);
    const url = assignmentUrl(window.location.origin, base, payload);
    rememberMadeAssignment(payload);
    setStatus(t("assign.built"));
    setCopyNote("");
    const made = (generation.current += 1);
    setBuilt({ assignment: a, payload, url });
    requestAnimationFrame(() => resultHeading.current?.focus());
    let qr: string | null;
    try {
      const { encodeQR } = await import("qr");
      const svg = encodeQR(url, "svg", { ecc: "medium" });
      qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    } catch {
      qr = null;
    }
    // The form may have changed while the QR code was made.
    if (generation.current === made)
      setBuilt({ assignment: a, payload, url, qr });
  }

  async function copy() {
    if (!built) return;
    try {
      await navigator.clipboard.writeText(built.url);
      setCopyNote(t("assign.copied"));
    } catch {
      urlInput.current?.select();
      setCopyNote(t("assign.copyByHand"));
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
              value={title}
              placeholder={t("assign.titlePlaceholder")}
              onInput={(e) => setTitle(e.currentTarget.value)}
              {...invalid("tugas-judul")}
            />
            {errorText("tugas-judul")}
          </p>
          <p class="field">
            <label for="tugas-kelas">{t("assign.class")}</label>
            <input
              id="tugas-kelas"
              type="text"
              required
              value={className}
              placeholder={t("assign.classPlaceholder")}
              onInput={(e) => setClassName(e.currentTarget.value)}
              {...invalid("tugas-kelas")}
            />
            {errorText("tugas-kelas")}
          </p>
          <p class="field">
            <label for="tugas-batas">{t("assign.due")}</label>
            <input
              id="tugas-batas"
              type="date"
              required
              value={due}
              onInput={(e) => {
                setDue(e.currentTarget.value);
                setPastDueOk(false);
              }}
              {...invalid("tugas-batas")}
            />
            {errorText("tugas-batas")}
          </p>
          {pastDue && (
            <div class="past-due">
              <p class="notice" id="tugas-lewat-catatan">
                {t("assign.pastDueWarning")}
              </p>
              <p class="field-check">
                <label>
                  <input
                    id="tugas-lewat"
                    type="checkbox"
                    checked={pastDueOk}
                    onChange={(e) => setPastDueOk(e.currentTarget.checked)}
                    aria-invalid={problemOf("tugas-lewat") ? true : undefined}
                    aria-describedby={
                      problemOf("tugas-lewat")
                        ? `tugas-lewat-catatan ${errorId("tugas-lewat")}`
                        : "tugas-lewat-catatan"
                    }
                  />{" "}
                  {t("assign.pastDueConfirm")}
                </label>
              </p>
              {errorText("tugas-lewat")}
            </div>
          )}
        </fieldset>

        <fieldset
          disabled={!hydrated}
          aria-describedby={
            problemOf("tugas-modul") ? errorId("tugas-modul") : undefined
          }
        >
          <legend>{t("assign.lessons")}</legend>
          <p class="hint">{t("assign.lessonsHint")}</p>
          {errorText("tugas-modul")}
          <CheckList
            firstId="tugas-modul"
            describedBy={
              problemOf("tugas-modul") ? errorId("tugas-modul") : undefined
            }
            items={catalog.lessons.map((l) => ({
              value: l.slug,
              label: `${l.order}. ${l.title}`,
            }))}
            selected={lessons}
            onChange={setLessons}
          />
        </fieldset>

        <fieldset disabled={!hydrated}>
          <legend>{t("assign.cases")}</legend>
          <p class="hint">{t("assign.casesHint")}</p>
          <CheckList
            items={catalog.cases.map((c) => ({ value: c.id, label: c.title }))}
            selected={cases}
            onChange={setCases}
          />
        </fieldset>

        <fieldset disabled={!hydrated}>
          <legend>{t("assign.quiz")}</legend>
          {(["random", "chosen", "none"] as const).map((m) => (
            <label key={m} class="radio-line">
              <input
                type="radio"
                name="jenis-kuis"
                id={
                  m === "chosen" && mode === "chosen" ? "tugas-soal" : undefined
                }
                aria-describedby={
                  m === "chosen" && mode === "chosen" && problemOf("tugas-soal")
                    ? errorId("tugas-soal")
                    : undefined
                }
                checked={mode === m}
                onChange={() => setMode(m)}
              />{" "}
              {t(QUIZ_MODES[m])}
            </label>
          ))}

          {mode === "random" && (
            <div class="quiz-options">
              <p class="hint">{t("assign.randomHint")}</p>
              {errorText("tugas-sumber")}
              <CheckList
                firstId="tugas-sumber"
                describedBy={
                  problemOf("tugas-sumber")
                    ? errorId("tugas-sumber")
                    : undefined
                }
                items={catalog.lessons.map((l) => ({
                  value: l.slug,
                  label: t("assign.drawFrom", {
                    title: l.title,
                    count: lessonQuestionIds(catalog, l.slug).length,
                  }),
                }))}
                selected={drawLessons}
                onChange={setDrawLessons}
              />
              <p class="field field-inline">
                <label for="tugas-jumlah">{t("assign.count")}</label>
                <input
                  id="tugas-jumlah"
                  type="number"
                  min={1}
                  max={LIMITS.questions}
                  value={count}
                  onInput={(e) => setCount(Number(e.currentTarget.value))}
                  {...invalid("tugas-jumlah")}
                />
                <span class="hint">
                  {t("assign.available", { count: poolSize })}
                </span>
              </p>
              {errorText("tugas-jumlah")}
              <p class="field-inline">
                <span>{t("assign.seed", { seed: seed || "…" })}</span>
                <button
                  type="button"
                  id="tugas-acak"
                  class="button button-small"
                  onClick={() => setSeed(newSeed())}
                  aria-describedby={
                    problemOf("tugas-acak") ? errorId("tugas-acak") : undefined
                  }
                >
                  {t("assign.reseed")}
                </button>
              </p>
              {errorText("tugas-acak")}
            </div>
          )}

          {mode === "chosen" && (
            <div class="quiz-options">
              {errorText("tugas-soal")}
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
                onInput={(e) => setMinPercent(e.currentTarget.value)}
                {...invalid("tugas-kkm")}
              />
              <span>%</span>
            </p>
          )}
          {mode !== "none" && errorText("tugas-kkm")}
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
                <li key={`${p.field}:${p.message}`}>
                  <a
                    href={`#${p.field}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(p.field)?.focus();
                    }}
                  >
                    {p.message}
                  </a>
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
            <span class="copy-note" role="status">
              {copyNote}
            </span>
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

/**
 * A list of checkboxes, one per item, reporting the new selection.
 * `firstId` goes on the first box so an error summary can point at the list,
 * and `describedBy` links that box to its error message.
 */
function CheckList({
  items,
  selected,
  onChange,
  firstId,
  describedBy,
}: {
  items: { value: string; label: string }[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  firstId?: string;
  describedBy?: string | undefined;
}) {
  return (
    <ul role="list" class="check-list">
      {items.map((item, i) => (
        <li key={item.value}>
          <label>
            <input
              type="checkbox"
              id={i === 0 ? firstId : undefined}
              aria-describedby={i === 0 ? describedBy : undefined}
              checked={selected.includes(item.value)}
              onChange={(e) =>
                onChange(toggle(selected, item.value, e.currentTarget.checked))
              }
            />{" "}
            {item.label}
          </label>
        </li>
      ))}
    </ul>
  );
}
