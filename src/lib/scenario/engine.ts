/**
 * The case-simulation engine: a run is the list of choices made so far, and
 * everything else (current node, variables, score, debrief) is derived by
 * replaying that list. Going back, retrying or reloading therefore never
 * counts a choice twice: the score reflects the final path only.
 */
import { seededPermutation } from "../quiz/shuffle.ts";
// Values from stages.ts, types only from schema.ts: browser code using the engine bundles no zod.
import { QUALITY_POINTS, STAGES, type Stage } from "./stages.ts";
import type {
  Condition,
  ScenarioChoice,
  ScenarioData,
  ScenarioNode,
} from "./schema.ts";

/** One step of a run: the node and the index of the choice made there (as written in the file). */
export interface Step {
  node: string;
  choice: number;
}

/** A run of a scenario, as stored. */
export interface Run {
  path: Step[];
  /** How many times the learner undid a choice in this run. */
  undos: number;
  /** Seed of the order in which choices are shown; a new run gets a new one. */
  seed?: string;
}

/** Thrown when a run does not fit its scenario (unknown node, hidden or missing choice). */
export class RunError extends Error {
  override name = "RunError";
}

/** A fresh run. */
export function newRun(seed = ""): Run {
  return seed ? { path: [], undos: 0, seed } : { path: [], undos: 0 };
}

/**
 * The visible choices of a node in the order to show them: shuffled from the
 * run's seed, so the strongest choice is not always first, and the same on
 * every reload of the run.
 */
export function choiceOrder(
  node: ScenarioNode,
  vars: Readonly<Record<string, number>>,
  seed: string,
): number[] {
  const visible = visibleChoices(node, vars);
  return seededPermutation(visible.length, `${seed}:${node.id}`).map(
    (i) => visible[i] as number,
  );
}

/** Whether variables meet a condition (every bound inclusive). */
export function meets(
  vars: Readonly<Record<string, number>>,
  condition: Condition | undefined,
): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([id, bound]) => {
    const value = vars[id] ?? 0;
    return (
      (bound.min === undefined || value >= bound.min) &&
      (bound.max === undefined || value <= bound.max)
    );
  });
}

/** The node a choice leads to, given the variables after its effects. */
export function nextNode(
  choice: ScenarioChoice,
  vars: Readonly<Record<string, number>>,
): string {
  if (typeof choice.next === "string") return choice.next;
  const branch =
    choice.next.find((b) => meets(vars, b.when)) ??
    choice.next[choice.next.length - 1];
  return branch?.to ?? "";
}

function nodeOf(scenario: ScenarioData, id: string): ScenarioNode {
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) throw new RunError(`node ${id} does not exist in ${scenario.id}`);
  return node;
}

/** Indices (as written) of the choices shown at a node for these variables. */
export function visibleChoices(
  node: ScenarioNode,
  vars: Readonly<Record<string, number>>,
): number[] {
  return (node.choices ?? []).flatMap((choice, index) =>
    meets(vars, choice.when) ? [index] : [],
  );
}

/** Where a run stands. */
export interface RunView {
  /** The current node. */
  node: ScenarioNode;
  /** Variables now, clamped to each variable's min..max. */
  vars: Record<string, number>;
  /** The steps taken with their nodes and choices. */
  steps: { node: ScenarioNode; choice: ScenarioChoice; index: number }[];
}

/**
 * Replay a run from the start.
 * @throws RunError when a step names a node other than where the run is, or a
 *   choice that does not exist or is hidden there.
 */
export function replay(scenario: ScenarioData, run: Run): RunView {
  const vars: Record<string, number> = Object.fromEntries(
    scenario.variables.map((v) => [v.id, v.initial]),
  );
  const limits = new Map(scenario.variables.map((v) => [v.id, v]));
  let node = nodeOf(scenario, scenario.start);
  const steps: RunView["steps"] = [];
  for (const step of run.path) {
    if (step.node !== node.id)
      throw new RunError(`run expected at ${node.id}, step says ${step.node}`);
    const choice = node.choices?.[step.choice];
    if (!choice || !visibleChoices(node, vars).includes(step.choice))
      throw new RunError(
        `choice ${step.choice} is not available at ${node.id}`,
      );
    for (const [id, delta] of Object.entries(choice.effects)) {
      const limit = limits.get(id);
      const value = (vars[id] ?? 0) + delta;
      vars[id] = limit
        ? Math.min(limit.max, Math.max(limit.min, value))
        : value;
    }
    steps.push({ node, choice, index: step.choice });
    node = nodeOf(scenario, nextNode(choice, vars));
  }
  return { node, vars, steps };
}

/**
 * Make a choice at the current node.
 * @throws RunError when the run is at an ending or the choice is not shown there.
 */
export function choose(scenario: ScenarioData, run: Run, choice: number): Run {
  const { node, vars } = replay(scenario, run);
  if (!node.choices || !visibleChoices(node, vars).includes(choice))
    throw new RunError(`choice ${choice} is not available at ${node.id}`);
  return { ...run, path: [...run.path, { node: node.id, choice }] };
}

/** Take back the last choice (counted in the debrief). A run at the start is returned unchanged. */
export function undo(run: Run): Run {
  if (run.path.length === 0) return run;
  return { ...run, path: run.path.slice(0, -1), undos: run.undos + 1 };
}

/** Points earned and possible in one stage. */
export interface StageScore {
  stage: Stage;
  points: number;
  max: number;
}

/** Score of a run: per stage and overall, from the final path only. */
export interface RunScore {
  stages: StageScore[];
  /** Overall points over possible points, a 0..1 ratio; 0 before any choice. */
  ratio: number;
}

/** Score a run: baik 2, cukup 1, lemah 0 per choice, grouped by the stage of its node. */
export function scoreRun(scenario: ScenarioData, run: Run): RunScore {
  const { steps } = replay(scenario, run);
  const stages = STAGES.map((stage) => {
    const here = steps.filter((s) => s.node.stage === stage);
    return {
      stage,
      points: here.reduce(
        (sum, s) => sum + QUALITY_POINTS[s.choice.quality],
        0,
      ),
      max: here.length * QUALITY_POINTS.baik,
    };
  });
  const points = stages.reduce((sum, s) => sum + s.points, 0);
  const max = stages.reduce((sum, s) => sum + s.max, 0);
  return { stages, ratio: max === 0 ? 0 : points / max };
}

/** Ids of the scenario's endings, in file order. */
export function endings(scenario: ScenarioData): ScenarioNode[] {
  return scenario.nodes.filter((n) => n.ending);
}

/** What the site keeps of one scenario: the run in progress and the endings found so far. */
export interface ScenarioRecord {
  run: Run;
  /** Ids of the ending nodes reached in any run, in the order found. */
  endings: string[];
}

/** Read a stored record; undefined when the value is not one. Never throws. */
export function parseScenarioRecord(
  value: unknown,
): ScenarioRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const run = v["run"] as Record<string, unknown> | undefined;
  const path = run?.["path"];
  const undos = run?.["undos"];
  const found = v["endings"];
  if (
    !Array.isArray(path) ||
    !path.every(
      (s) =>
        typeof s === "object" &&
        s !== null &&
        typeof s.node === "string" &&
        Number.isInteger(s.choice) &&
        s.choice >= 0,
    ) ||
    !Number.isInteger(undos) ||
    (undos as number) < 0 ||
    !Array.isArray(found) ||
    !found.every((e) => typeof e === "string")
  )
    return undefined;
  const seed = typeof run?.["seed"] === "string" ? run["seed"] : "";
  return {
    run: {
      ...newRun(seed),
      path: path.map((s: Step) => ({ node: s.node, choice: s.choice })),
      undos: undos as number,
    },
    endings: found as string[],
  };
}
