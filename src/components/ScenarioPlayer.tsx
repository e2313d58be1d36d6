/**
 * Case simulation island (`/kasus/<slug>/`): the learner acts as the social
 * worker. Shows the stage track, the situation and the choices; after each
 * choice, feedback naming the principle at stake with a link to the lesson;
 * undo and restart; at an ending, the debrief. The run lives in a store and
 * everything shown is derived from it by the engine (`src/lib/scenario`).
 */
import { ENDING_KEYS, QUALITY_KEYS, STAGE_KEYS } from "../i18n/labels.ts";
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import {
  choiceOrder,
  choose,
  endings,
  newRun,
  replay,
  RunError,
  scoreRun,
  undo,
  type Run,
} from "../lib/scenario/engine.ts";
import { STAGES, type Stage } from "../lib/scenario/stages.ts";
import type { ScenarioData } from "../lib/scenario/schema.ts";
import {
  $scenarioNotice,
  $scenarioRecords,
  saveScenarioRecord,
} from "../stores/scenarios.ts";
import { href, lessonHref } from "./paths.ts";
import { t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";
import ProgressNotice from "./ProgressNotice.tsx";

export interface ScenarioPlayerProps {
  scenario: ScenarioData;
  /** Glossary terms used by the choices, by id. */
  terms: Record<string, string>;
  /** Section titles used by the choices' links, by "lesson#section". */
  sections: Record<string, string>;
}

const stageLabel = (stage: Stage) => t(STAGE_KEYS[stage]);

export default function ScenarioPlayer({
  scenario,
  terms,
  sections,
}: ScenarioPlayerProps) {
  const hydrated = useHydrated();
  const records = useStore($scenarioRecords);
  const storedNotice = useStore($scenarioNotice);
  const notice = hydrated ? storedNotice : null;
  const record = hydrated ? records[scenario.id] : undefined;
  const [announcement, setAnnouncement] = useState("");
  const [reset, setReset] = useState(false);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const nodeRef = useRef<HTMLHeadingElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const [focusNext, setFocusNext] = useState<"result" | "situation" | null>(
    null,
  );

  let run: Run = record?.run ?? newRun();
  let view;
  try {
    view = replay(scenario, run);
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    run = newRun();
    view = replay(scenario, run);
    if (!reset) setReset(true);
  }
  const found = record?.endings ?? [];

  // After a choice, focus what it led to (the ending or the feedback); after an undo or a restart, the situation.
  useEffect(() => {
    if (!focusNext) return;
    const target =
      focusNext === "result"
        ? (endingRef.current ?? feedbackRef.current)
        : (nodeRef.current ?? endingRef.current);
    target?.focus();
    setFocusNext(null);
  }, [focusNext]);

  function save(
    next: Run,
    message: string,
    focus: "result" | "situation" = "result",
  ) {
    const { node } = replay(scenario, next);
    const endingsFound =
      node.ending && !found.includes(node.id) ? [...found, node.id] : found;
    saveScenarioRecord(scenario.id, { run: next, endings: endingsFound });
    setAnnouncement(message);
    setFocusNext(focus);
  }

  const { node, vars, steps } = view;
  const last = steps[steps.length - 1];
  const stageIndex = STAGES.indexOf(node.stage);
  const visited = new Set(steps.map((s) => s.node.stage));
  const link = (lesson: string, section: string) => ({
    url: lessonHref(lesson, section),
    title: sections[`${lesson}#${section}`] ?? section,
  });

  return (
    <div class="scenario">
      <ProgressNotice />
      {(notice || reset) && (
        <p class="notice" role="alert">
          {reset
            ? t("scenario.reset")
            : t("notice.keptAside", { key: notice ?? "" })}
        </p>
      )}
      <section aria-label={t("scenario.track")} class="stage-track">
        <ol role="list">
          {STAGES.map((stage, i) => (
            <li
              key={stage}
              data-state={
                i === stageIndex
                  ? "current"
                  : visited.has(stage)
                    ? "done"
                    : "todo"
              }
              aria-current={i === stageIndex ? "step" : undefined}
            >
              {stageLabel(stage)}
              {i === stageIndex ? (
                <span class="visually-hidden"> ({t("scenario.stateNow")})</span>
              ) : visited.has(stage) ? (
                <span class="visually-hidden">
                  {" "}
                  ({t("scenario.stateDone")})
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section class="case-state" aria-label={t("scenario.variables")}>
        <ul role="list">
          {scenario.variables.map((v) => (
            <li key={v.id}>
              <span>{v.label}</span>
              <progress
                class="meter"
                aria-hidden="true"
                max={v.max - v.min || 1}
                value={(vars[v.id] ?? 0) - v.min}
              />
              <span>
                {vars[v.id] ?? 0}/{v.max}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {last && (
        <section
          class="case-feedback"
          data-quality={last.choice.quality}
          aria-labelledby="umpan-balik-kasus"
        >
          <h2 id="umpan-balik-kasus" tabIndex={-1} ref={feedbackRef}>
            {t(QUALITY_KEYS[last.choice.quality])}
          </h2>
          <p>
            <strong>{t("scenario.youChose")}</strong> {last.choice.text}
          </p>
          <p>{last.choice.feedback}</p>
          {last.choice.principle && (
            <p>
              {t(
                last.choice.principle.honoured
                  ? "scenario.honoured"
                  : "scenario.broken",
                { term: "" },
              )}
              <a href={href(`glosarium/#${last.choice.principle.term}`)}>
                {terms[last.choice.principle.term] ??
                  last.choice.principle.term}
              </a>
            </p>
          )}
          {last.choice.better && (
            <p>
              <strong>{t("scenario.better")}</strong> {last.choice.better}
            </p>
          )}
          <p>
            <a
              href={link(last.choice.link.lesson, last.choice.link.section).url}
            >
              {t("scenario.read", {
                title: link(last.choice.link.lesson, last.choice.link.section)
                  .title,
              })}
            </a>
          </p>
        </section>
      )}

      {!node.ending ? (
        <section class="case-node" aria-labelledby="simpul-kasus">
          <h2 id="simpul-kasus" tabIndex={-1} ref={nodeRef}>
            {t("scenario.stageNow", { stage: stageLabel(node.stage) })}
          </h2>
          <p class="narrative">{node.narrative}</p>
          <h3 id="pilihan-kasus">{t("scenario.choose")}</h3>
          <ul role="list" class="case-choices" aria-labelledby="pilihan-kasus">
            {choiceOrder(node, vars, run.seed ?? "").map((index) => (
              <li key={index}>
                <button
                  type="button"
                  class="button case-choice"
                  disabled={!hydrated}
                  onClick={() => {
                    const next = choose(scenario, run, index);
                    save(
                      next,
                      t("scenario.recorded", {
                        stage: stageLabel(replay(scenario, next).node.stage),
                      }),
                    );
                  }}
                >
                  {node.choices?.[index]?.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Ending
          scenario={scenario}
          run={run}
          found={found}
          focusRef={endingRef}
          terms={terms}
          sections={sections}
        />
      )}

      <p class="case-controls">
        <button
          type="button"
          class="button button-small"
          disabled={!hydrated || run.path.length === 0}
          onClick={() => save(undo(run), t("scenario.undone"), "situation")}
        >
          {t("scenario.undo")}
        </button>
        <button
          type="button"
          class="button button-small"
          disabled={!hydrated || run.path.length === 0}
          onClick={() => {
            if (window.confirm(t("scenario.restartConfirm")))
              save(
                newRun(String(Date.now())),
                t("scenario.restarted"),
                "situation",
              );
          }}
        >
          {t("scenario.restart")}
        </button>
      </p>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

function Ending({
  scenario,
  run,
  found,
  focusRef,
  terms,
  sections,
}: {
  terms: Record<string, string>;
  sections: Record<string, string>;
  scenario: ScenarioData;
  run: Run;
  found: string[];
  focusRef: { current: HTMLHeadingElement | null };
}) {
  const { node, steps } = replay(scenario, run);
  const score = scoreRun(scenario, run);
  const all = endings(scenario);
  const foundHere = found.filter((id) => all.some((e) => e.id === id));
  const weak = steps.filter((s) => s.choice.quality !== "baik");
  if (!node.ending) return null;
  return (
    <section
      class="case-ending"
      data-kind={node.ending.kind}
      aria-labelledby="akhir-kasus"
    >
      <h2 id="akhir-kasus" tabIndex={-1} ref={focusRef}>
        {t(ENDING_KEYS[node.ending.kind])}: {node.ending.title}
      </h2>
      <p class="narrative">{node.narrative}</p>
      <h3>{t("scenario.debrief")}</h3>
      <p>{node.ending.debrief}</p>
      <p>
        <strong>
          {t("scenario.overall", { percent: Math.round(score.ratio * 100) })}
        </strong>
      </p>
      <h3>{t("scenario.scores")}</h3>
      <table class="results-table">
        <thead>
          <tr>
            <th scope="col">{t("scenario.stageCol")}</th>
            <th scope="col">{t("scenario.pointsCol")}</th>
          </tr>
        </thead>
        <tbody>
          {score.stages
            .filter((s) => s.max > 0)
            .map((s) => (
              <tr key={s.stage}>
                <th scope="row">{stageLabel(s.stage)}</th>
                <td>
                  {s.points}/{s.max}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <h3>{t("scenario.path")}</h3>
      <ol class="case-path">
        {steps.map((s, i) => (
          <li key={i} data-quality={s.choice.quality}>
            <span class="path-stage">{stageLabel(s.node.stage)}:</span>{" "}
            {s.choice.text} <em>({t(QUALITY_KEYS[s.choice.quality])})</em>
          </li>
        ))}
      </ol>
      <h3>{t("scenario.weak")}</h3>
      {weak.length === 0 ? (
        <p>{t("scenario.noWeak")}</p>
      ) : (
        <ul class="case-weak">
          {weak.map((s, i) => (
            <li key={i}>
              <p>
                <strong>{stageLabel(s.node.stage)}:</strong> {s.choice.text}
              </p>
              <p>
                {t("scenario.better")} {s.choice.better}
              </p>
              <p>
                {s.choice.principle && (
                  <>
                    {t(
                      s.choice.principle.honoured
                        ? "scenario.honoured"
                        : "scenario.broken",
                      { term: "" },
                    )}
                    <a href={href(`glosarium/#${s.choice.principle.term}`)}>
                      {terms[s.choice.principle.term] ??
                        s.choice.principle.term}
                    </a>
                    {" · "}
                  </>
                )}
                <a
                  href={lessonHref(s.choice.link.lesson, s.choice.link.section)}
                >
                  {t("scenario.read", {
                    title:
                      sections[
                        `${s.choice.link.lesson}#${s.choice.link.section}`
                      ] ?? s.choice.link.section,
                  })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>{t("scenario.undos", { n: run.undos })}</p>
      <h3>
        {t("scenario.endingsFound", {
          found: foundHere.length,
          total: all.length,
        })}
      </h3>
      <ul class="case-endings">
        {all.map((e) => (
          <li key={e.id} data-found={found.includes(e.id) ? "ya" : "tidak"}>
            {found.includes(e.id)
              ? `${t(ENDING_KEYS[e.ending!.kind])}: ${e.ending!.title}`
              : `${t(ENDING_KEYS[e.ending!.kind])}: ${t("scenario.notFoundYet")}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
