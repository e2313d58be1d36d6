/**
 * Class summary island (`/dosen/rekap/`): the lecturer names the assignment
 * (its link) and picks or drops the students' report files; the island shows
 * the class table (student by item) with status in words and colour,
 * averages, who has not started and the most-missed questions, with sort,
 * filter, CSV export and print. Files that cannot be used are listed with the
 * reason. Files are read in this browser only. Checking and summarising
 * happen in `src/lib/assignment/`; this island renders and dispatches.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { decodeAssignment, type LinkResult } from "../lib/assignment/link.ts";
import type {
  Catalog,
  EndingKind,
  ItemKey,
  ItemStatus,
} from "../lib/assignment/models.ts";
import {
  collectReports,
  filterRows,
  MAX_REPORT_BYTES,
  mergeReportFiles,
  sortRows,
  summariseClass,
  type Collected,
  type Rejection,
  type ReportFile,
  type RowFilter,
  type SortKey,
  type StudentRow,
} from "../lib/assignment/summary.ts";
import { csvTime, summaryTable, toCsv } from "../lib/assignment/csv.ts";
import { dueEnd } from "../lib/assignment/work.ts";
import { $madeAssignments } from "../stores/assignments.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import { loadBank } from "./bank.ts";
import { downloadText } from "./download.ts";
import { linkMessage, rejectMessage } from "./assignment/messages.ts";
import { formatDateTime, localDay } from "./assignment/dates.ts";

/** Labels by status and filter (whole key literals, so bundles can inline them). */
const RECAP_STATUS = {
  todo: "recap.status.todo",
  started: "recap.status.started",
  done: "recap.status.done",
} as const;
const RECAP_ENDINGS = {
  baik: "recap.ending.baik",
  sedang: "recap.ending.sedang",
  buruk: "recap.ending.buruk",
} as const satisfies Record<EndingKind, string>;
const RECAP_FILTERS = {
  all: "recap.filter.all",
  done: "recap.filter.done",
  started: "recap.filter.started",
  todo: "recap.filter.todo",
  failed: "recap.filter.failed",
  late: "recap.filter.late",
} as const;

export interface ClassSummaryProps {
  catalog: Catalog;
  /** The site's base path. */
  base: string;
}

type Current = Extract<LinkResult, { ok: true }>;

const percent = (x: number) => Math.round(x * 100);

export default function ClassSummary({ catalog, base }: ClassSummaryProps) {
  const hydrated = useHydrated();
  const made = useStore($madeAssignments);
  const [linkInput, setLinkInput] = useState("");
  const [linkProblem, setLinkProblem] = useState("");
  const [current, setCurrent] = useState<Current | null>(null);
  const [files, setFiles] = useState<ReportFile[]>([]);
  /** The files as last set, for adding to them after an await. */
  const loaded = useRef<ReportFile[]>([]);
  /** Names of the files of the last pick or drop that were loaded already. */
  const [repeated, setRepeated] = useState<string[]>([]);
  const [tooLarge, setTooLarge] = useState<Rejection[]>([]);
  const [collected, setCollected] = useState<Collected | null>(null);
  const [status, setStatus] = useState("");
  const [query, setQuery] = useState("");
  const [show, setShow] = useState<RowFilter>("all");
  const [sort, setSort] = useState<Sort>({
    by: "name",
    dir: "asc",
  });
  const [dragging, setDragging] = useState(false);
  const [stems, setStems] = useState<Map<string, string> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function use(input: string, announce = true) {
    const result = decodeAssignment(input, catalog);
    if (!result.ok) {
      setLinkProblem(linkMessage(result));
      return;
    }
    setLinkProblem("");
    setCurrent(result);
    window.history.replaceState(null, "", `#t=${result.payload}`);
    if (announce) requestAnimationFrame(() => heading.current?.focus());
  }

  useEffect(() => {
    if (window.location.hash.startsWith("#t="))
      use(window.location.hash.slice(3), false);
    // Only on the first render: later changes come from the form.
  }, []);

  useEffect(() => {
    if (!current) return;
    let stale = false;
    collectReports(files, current.id).then((result) => {
      if (stale) return;
      setCollected(result);
      if (files.length + tooLarge.length > 0)
        setStatus(
          [
            t("recap.read", {
              count: files.length + tooLarge.length,
              used: result.accepted.length,
              left: result.rejected.length + tooLarge.length,
            }),
            repeated.length > 0
              ? t("recap.repeated", { files: repeated.join(", ") })
              : "",
          ].join(" "),
        );
    });
    return () => {
      stale = true;
    };
  }, [files, current, tooLarge, repeated]);

  const summary = useMemo(
    () =>
      current && collected
        ? summariseClass(
            current.assignment,
            collected.accepted,
            dueEnd(current.assignment.due, new Date().getTimezoneOffset()),
          )
        : null,
    [current, collected],
  );

  useEffect(() => {
    if (!summary || summary.mostMissed.length === 0 || stems) return;
    loadBank(base)
      .then((bank) => setStems(new Map(bank.map((q) => [q.id, q.stem]))))
      .catch(() => setStems(new Map()));
  }, [summary, stems, base]);

  async function addFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    const picked = [...list];
    setStatus(t("recap.reading", { count: picked.length }));
    const large = picked.filter((f) => f.size > MAX_REPORT_BYTES);
    const read = await Promise.all(
      picked
        .filter((f) => f.size <= MAX_REPORT_BYTES)
        .map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    // The same file picked again is left out, not counted as an older copy of itself.
    const merged = mergeReportFiles(loaded.current, read);
    const known = new Set(tooLarge.map((r) => r.file));
    const newLarge = large.filter((f) => !known.has(f.name));
    const again = [
      ...merged.repeated,
      ...large.filter((f) => known.has(f.name)).map((f) => f.name),
    ];
    setRepeated(again);
    if (
      merged.files.length === loaded.current.length &&
      newLarge.length === 0
    ) {
      // Nothing new: the summary does not change, so say so here.
      setStatus(t("recap.repeated", { files: again.join(", ") }));
      return;
    }
    loaded.current = merged.files;
    setTooLarge((before) => [
      ...before,
      ...newLarge.map((f) => ({ file: f.name, problem: "too-large" as const })),
    ]);
    setFiles(merged.files);
  }

  function clear() {
    if (!window.confirm(t("recap.clearConfirm"))) return;
    loaded.current = [];
    setFiles([]);
    setTooLarge([]);
    setRepeated([]);
    setCollected(null);
    setStatus(t("recap.cleared"));
  }

  const keyTitle = (key: ItemKey, long: boolean): string => {
    if (key === "q") return t("recap.colQuiz");
    if (key.startsWith("l:")) {
      const lesson = catalog.lessons.find((l) => l.slug === key.slice(2));
      const short = t("recap.colLesson", { n: lesson?.order ?? "?" });
      return long && lesson ? `${short}: ${lesson.title}` : short;
    }
    const index = catalog.cases.findIndex((c) => c.id === key.slice(2));
    const title = catalog.cases[index]?.title ?? key.slice(2);
    // Titles such as "Kasus A: ..." name themselves before the colon.
    const head = title.split(":")[0] ?? "";
    const short =
      title.includes(":") && head.length <= 24
        ? head
        : t("recap.colCase", { n: index + 1 });
    return long ? title : short;
  };
  const statusWord = (s: ItemStatus) => t(RECAP_STATUS[s]);

  function exportCsv() {
    if (!summary || !current) return;
    const table = summaryTable(
      summary,
      sortRows(summary.rows, sort.by, sort.dir),
      {
        nim: t("recap.nim"),
        name: t("recap.name"),
        status: t("recap.colStatus"),
        quizScore: t("recap.csvQuizScore"),
        passed: t("recap.csvPassed"),
        quizMinutes: t("recap.csvMinutes"),
        createdAt: t("recap.colReport"),
        late: t("recap.csvLate"),
        file: t("recap.csvFile"),
        yes: t("recap.yes"),
        no: t("recap.no"),
        statusOf: statusWord,
        itemTitle: (key) => keyTitle(key, true),
        time: (ms) => csvTime(ms, new Date(ms).getTimezoneOffset()),
      },
    );
    const name = `rekap-${current.assignment.className
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}.csv`;
    downloadText(toCsv(table), name, "text/csv;charset=utf-8");
    setStatus(t("recap.csvSaved", { file: name }));
  }

  const rows = summary
    ? sortRows(filterRows(summary.rows, query, show), sort.by, sort.dir)
    : [];
  const rejected = [...tooLarge, ...(collected?.rejected ?? [])];
  const hasQuiz = current?.assignment.quiz != null;
  const endingWords = (endings: readonly EndingKind[]) =>
    endings.map((e) => t(RECAP_ENDINGS[e])).join(", ");

  return (
    <div class="class-summary">
      <section
        class="recap-assignment screen-only"
        aria-labelledby="tugas-rekap"
      >
        <h2 id="tugas-rekap">{t("recap.which")}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            use(linkInput);
          }}
        >
          <p class="field">
            <label for="rekap-tautan">{t("recap.linkLabel")}</label>
            <input
              id="rekap-tautan"
              type="text"
              value={linkInput}
              disabled={!hydrated}
              aria-invalid={linkProblem ? "true" : undefined}
              aria-describedby={linkProblem ? "rekap-tautan-salah" : undefined}
              placeholder={t("recap.linkPlaceholder")}
              onInput={(e) => setLinkInput(e.currentTarget.value)}
            />
          </p>
          <button type="submit" class="button" disabled={!hydrated}>
            {t("recap.useLink")}
          </button>
        </form>
        <div role="alert">
          {linkProblem && (
            <p class="notice" id="rekap-tautan-salah">
              {linkProblem}
            </p>
          )}
        </div>
        {hydrated && made.length > 0 && (
          <>
            <p>{t("recap.made")}</p>
            <ul class="made-list">
              {made.map((m) => {
                const r = decodeAssignment(m.link, catalog);
                if (!r.ok) return null;
                return (
                  <li key={m.link}>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => use(m.link)}
                    >
                      {t("recap.madeItem", {
                        title: r.assignment.title || r.assignment.className,
                        className: r.assignment.className,
                        due: formatDate(localDay(r.assignment.due)),
                        date: formatDateTime(m.at),
                      })}
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      {current && (
        <section aria-labelledby="rekap-judul">
          <h2 id="rekap-judul" tabIndex={-1} ref={heading}>
            {t("recap.for", {
              title: current.assignment.title || current.assignment.className,
            })}
          </h2>
          <p>
            {t("recap.meta", {
              className: current.assignment.className,
              due: formatDate(localDay(current.assignment.due)),
            })}
          </p>

          <div
            class="drop-zone screen-only"
            data-dragging={dragging ? "" : undefined}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              void addFiles(e.dataTransfer?.files ?? null);
            }}
          >
            <p>
              <label for="rekap-berkas">{t("recap.pick")}</label>
            </p>
            <input
              id="rekap-berkas"
              type="file"
              multiple
              accept=".json,application/json"
              onChange={(e) => {
                const input = e.currentTarget;
                void addFiles(input.files).then(() => (input.value = ""));
              }}
            />
            <p class="hint">{t("recap.dropHint")}</p>
            <p class="hint recap-not-kept">{t("recap.notKept")}</p>
          </div>
          <p role="status" aria-live="polite" class="recap-status">
            {status}
          </p>

          {rejected.length > 0 && (
            <section class="rejected" aria-labelledby="berkas-ditolak">
              <h3 id="berkas-ditolak">
                {t("recap.rejected", { count: rejected.length })}
              </h3>
              <ul>
                {rejected.map((r, i) => (
                  <li key={`${r.file}:${i}`}>
                    <strong>{r.file}</strong>:{" "}
                    {rejectMessage(r.problem, r.detail)}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {summary && summary.rows.length > 0 && (
            <>
              <dl class="recap-figures">
                <div>
                  <dt>{t("recap.students")}</dt>
                  <dd>{summary.rows.length}</dd>
                </div>
                <div>
                  <dt>{t("recap.meanDone")}</dt>
                  <dd>{percent(summary.meanDone)}%</dd>
                </div>
                {summary.meanQuiz !== undefined && (
                  <>
                    <div>
                      <dt>{t("recap.meanQuiz")}</dt>
                      {summary.meanQuiz === null ? (
                        <dd class="figure-note">{t("recap.meanQuizNone")}</dd>
                      ) : (
                        <dd>
                          {percent(summary.meanQuiz)}%{" "}
                          <span class="figure-note">
                            {t("recap.meanQuizOf", {
                              count: summary.quizTakers ?? 0,
                            })}
                          </span>
                        </dd>
                      )}
                    </div>
                    <div>
                      <dt>
                        {t("recap.passedCount", {
                          percent: percent(current.assignment.minScore),
                        })}
                      </dt>
                      <dd>
                        {summary.passed} / {summary.rows.length}
                      </dd>
                    </div>
                  </>
                )}
              </dl>

              <div class="recap-filters screen-only">
                <p class="field">
                  <label for="rekap-cari">{t("recap.search")}</label>
                  <input
                    id="rekap-cari"
                    type="search"
                    value={query}
                    onInput={(e) => setQuery(e.currentTarget.value)}
                  />
                </p>
                <p class="field">
                  <label for="rekap-saring">{t("recap.filter")}</label>
                  <select
                    id="rekap-saring"
                    value={show}
                    onChange={(e) =>
                      setShow(e.currentTarget.value as RowFilter)
                    }
                  >
                    {(
                      [
                        "all",
                        "done",
                        "started",
                        "todo",
                        ...(current.assignment.quiz ? ["failed"] : []),
                        "late",
                      ] as RowFilter[]
                    ).map((f) => (
                      <option key={f} value={f}>
                        {t(RECAP_FILTERS[f])}
                      </option>
                    ))}
                  </select>
                </p>
                <p class="dash-actions">
                  <button type="button" class="button" onClick={exportCsv}>
                    {t("recap.csv")}
                  </button>
                  <button
                    type="button"
                    class="button"
                    onClick={() => window.print()}
                  >
                    {t("recap.print")}
                  </button>
                  <button
                    type="button"
                    class="button"
                    disabled={!hydrated}
                    onClick={clear}
                  >
                    {t("recap.clear")}
                  </button>
                </p>
              </div>

              <div
                class="table-scroll"
                role="region"
                aria-label={t("recap.tableRegion")}
                tabIndex={0}
              >
                <table class="results-table recap-table">
                  <caption>
                    {t("recap.caption", {
                      shown: rows.length,
                      total: summary.rows.length,
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <SortHeader
                        sort={sort}
                        onSort={setSort}
                        by="name"
                        label={t("recap.name")}
                      />
                      <SortHeader
                        sort={sort}
                        onSort={setSort}
                        by="nim"
                        label={t("recap.nim")}
                      />
                      {summary.keys.map((key) => (
                        <th scope="col" key={key}>
                          <abbr title={keyTitle(key, true)}>
                            {keyTitle(key, false)}
                          </abbr>
                        </th>
                      ))}
                      <SortHeader
                        sort={sort}
                        onSort={setSort}
                        by="status"
                        label={t("recap.colStatus")}
                      />
                      <SortHeader
                        sort={sort}
                        onSort={setSort}
                        by="done"
                        label={t("recap.colDone")}
                      />
                      {hasQuiz && (
                        <SortHeader
                          sort={sort}
                          onSort={setSort}
                          by="quiz"
                          label={t("recap.colScore")}
                        />
                      )}
                      <SortHeader
                        sort={sort}
                        onSort={setSort}
                        by="createdAt"
                        label={t("recap.colReport")}
                      />
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <Row
                        key={row.nim}
                        row={row}
                        keys={summary.keys}
                        statusWord={statusWord}
                        endingWords={endingWords}
                        hasQuiz={hasQuiz}
                      />
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t("recap.footDone")}</th>
                      <td />
                      {summary.items.map((item) => (
                        <td key={item.key}>
                          {item.done}/{summary.rows.length}
                          {item.meanScore != null &&
                            ` · ${t("recap.meanOf", { percent: percent(item.meanScore), count: item.scored ?? 0 })}`}
                        </td>
                      ))}
                      <td colSpan={hasQuiz ? 4 : 3} />
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p class="hint">{t("recap.legend")}</p>
              <ul class="recap-keys">
                {summary.keys.map((key) => (
                  <li key={key}>{keyTitle(key, true)}</li>
                ))}
              </ul>

              <h3>
                {t("recap.notStarted", { count: summary.notStarted.length })}
              </h3>
              {summary.notStarted.length === 0 ? (
                <p>{t("recap.notStartedNone")}</p>
              ) : (
                <ul>
                  {summary.notStarted.map((r) => (
                    <li key={r.nim}>
                      {r.name} ({r.nim})
                    </li>
                  ))}
                </ul>
              )}
              <p class="hint">{t("recap.notStartedNote")}</p>

              {summary.mostMissed.length > 0 && (
                <>
                  <h3>{t("recap.missed")}</h3>
                  <ol class="missed-list">
                    {summary.mostMissed.map((m) => (
                      <li key={m.q}>
                        <span class="question-id">{m.q}</span>{" "}
                        {stems?.get(m.q) ?? ""}{" "}
                        <strong>
                          {t("recap.missedCount", {
                            wrong: m.wrong,
                            answered: m.answered,
                            percent: percent(m.meanScore),
                          })}
                        </strong>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </>
          )}
          {summary && summary.rows.length === 0 && (
            <p>{t("recap.noReports")}</p>
          )}
        </section>
      )}
    </div>
  );
}

interface Sort {
  by: SortKey;
  dir: "asc" | "desc";
}

interface SortHeaderProps {
  by: SortKey;
  label: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
}

/** A column header that sorts the table by its column; pressing it again reverses the order. */
function SortHeader({ by, label, sort, onSort }: SortHeaderProps) {
  const active = sort.by === by;
  return (
    <th
      scope="col"
      aria-sort={
        active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined
      }
    >
      <button
        type="button"
        class="sort-button"
        onClick={() =>
          onSort({ by, dir: active && sort.dir === "asc" ? "desc" : "asc" })
        }
      >
        {label}
        <span aria-hidden="true">
          {active ? (sort.dir === "asc" ? " ▲" : " ▼") : " ↕"}
        </span>
      </button>
    </th>
  );
}

interface RowProps {
  row: StudentRow;
  keys: ItemKey[];
  statusWord: (s: ItemStatus) => string;
  /** Endings found, in words ("akhir baik, akhir buruk"). */
  endingWords: (endings: readonly EndingKind[]) => string;
  hasQuiz: boolean;
}

/** One student's row of the class table. */
function Row({ row, keys, statusWord, endingWords, hasQuiz }: RowProps) {
  return (
    <tr>
      <th scope="row">{row.name}</th>
      <td>{row.nim}</td>
      {keys.map((key) => {
        const cell = row.cells[key] ?? { status: "todo" as const };
        return (
          <td key={key} data-task={cell.status}>
            {key === "q" && cell.score !== undefined && cell.status !== "todo"
              ? `${percent(cell.score)}%${cell.passed ? " ✓" : ""}`
              : statusWord(cell.status)}
            {cell.endings && cell.endings.length > 0 && (
              <span class="cell-note"> ({endingWords(cell.endings)})</span>
            )}
          </td>
        );
      })}
      <td data-task={row.status}>{statusWord(row.status)}</td>
      <td>
        {row.done}/{keys.length}
      </td>
      {hasQuiz && (
        <td>
          {typeof row.quizScore === "number"
            ? `${percent(row.quizScore)}% ${row.passed ? t("recap.passedShort") : t("recap.failedShort")}`
            : t("recap.quizNotTaken")}
        </td>
      )}
      <td>
        {formatDateTime(row.createdAt)}
        {row.late && <strong class="late"> {t("recap.late")}</strong>}
      </td>
    </tr>
  );
}
