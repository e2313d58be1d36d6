/**
 * Checks of a scenario's graph and references, run before every build:
 * every node reachable, every path reaching an ending, no choice pointing
 * nowhere, no loop without a way out, and every good ending reached only
 * through every stage of the helping process. Conditions on choices are
 * ignored (every branch counts as possible), which makes the checks stricter.
 */
import {
  STAGES,
  type ScenarioData,
  type ScenarioNode,
  type Stage,
} from "./schema.ts";

/** A problem in one scenario, naming the node (and field) where it is. */
export interface ScenarioProblem {
  node?: string;
  field?: string;
  message: string;
}

/** What the check needs to know about the rest of the course. */
export interface ScenarioContext {
  /** Heading anchors of a lesson, or undefined when there is no such lesson. */
  anchors: (lesson: string) => readonly string[] | undefined;
  /** Glossary ids. */
  terms: ReadonlySet<string>;
}

/** Rules beyond the schema. */
export const SCENARIO_RULES = {
  /** Fewest decision points (nodes with choices) in a scenario. */
  minDecisions: 10,
} as const;

/** Node ids a node can lead to, over every choice and branch. */
export function successors(node: ScenarioNode): string[] {
  return [
    ...new Set(
      (node.choices ?? []).flatMap((choice) =>
        typeof choice.next === "string"
          ? [choice.next]
          : choice.next.map((b) => b.to),
      ),
    ),
  ];
}

function reachableFrom(
  starts: string[],
  edges: (id: string) => string[],
): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...edges(id));
  }
  return seen;
}

/**
 * Stages certainly visited before arriving at each node, on every path from
 * the start (a must-pass dataflow analysis, iterated to a fixpoint).
 */
export function stagesBefore(scenario: ScenarioData): Map<string, Set<Stage>> {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const preds = new Map<string, string[]>();
  for (const node of scenario.nodes)
    for (const to of successors(node))
      preds.set(to, [...(preds.get(to) ?? []), node.id]);
  const all = () => new Set<Stage>(STAGES);
  const before = new Map<string, Set<Stage>>(
    scenario.nodes.map((n) => [
      n.id,
      n.id === scenario.start ? new Set() : all(),
    ]),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const node of scenario.nodes) {
      if (node.id === scenario.start) continue;
      const incoming = (preds.get(node.id) ?? []).map((p) => {
        const set = new Set(before.get(p));
        const stage = byId.get(p)?.stage;
        if (stage) set.add(stage);
        return set;
      });
      const next =
        incoming.length === 0
          ? new Set<Stage>()
          : incoming.reduce((a, b) => new Set([...a].filter((s) => b.has(s))));
      if (next.size !== before.get(node.id)?.size) {
        before.set(node.id, next);
        changed = true;
      }
    }
  }
  return before;
}

/** Check one scenario. Never throws; returns every problem found. */
export function checkScenario(
  scenario: ScenarioData,
  context: ScenarioContext,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const byId = new Map<string, ScenarioNode>();
  for (const node of scenario.nodes) {
    if (byId.has(node.id))
      problems.push({ node: node.id, field: "id", message: "id simpul ganda" });
    byId.set(node.id, node);
  }
  if (!byId.has(scenario.start))
    problems.push({
      field: "start",
      message: `simpul awal "${scenario.start}" tidak ada`,
    });
  const variables = new Set(scenario.variables.map((v) => v.id));

  for (const node of scenario.nodes) {
    if (node.ending && node.choices)
      problems.push({
        node: node.id,
        message: "akhir cerita tidak boleh punya pilihan",
      });
    if (!node.ending && !node.choices)
      problems.push({
        node: node.id,
        message: "simpul tanpa pilihan harus berupa akhir cerita (ending)",
      });
    (node.choices ?? []).forEach((choice, i) => {
      const at = `choices.${i}`;
      const targets =
        typeof choice.next === "string"
          ? [choice.next]
          : choice.next.map((b) => b.to);
      for (const to of targets)
        if (!byId.has(to))
          problems.push({
            node: node.id,
            field: `${at}.next`,
            message: `menuju simpul "${to}" yang tidak ada`,
          });
      if (
        Array.isArray(choice.next) &&
        choice.next[choice.next.length - 1]?.when
      )
        problems.push({
          node: node.id,
          field: `${at}.next`,
          message: "cabang terakhir harus tanpa syarat (when)",
        });
      const named = [
        ...Object.keys(choice.effects),
        ...Object.keys(choice.when ?? {}),
        ...(Array.isArray(choice.next)
          ? choice.next.flatMap((b) => Object.keys(b.when ?? {}))
          : []),
      ];
      for (const id of named)
        if (!variables.has(id))
          problems.push({
            node: node.id,
            field: at,
            message: `variabel "${id}" tidak dideklarasikan`,
          });
      if (choice.quality !== "baik" && !choice.better)
        problems.push({
          node: node.id,
          field: `${at}.better`,
          message:
            "pilihan cukup/lemah perlu 'better' (yang sebaiknya dilakukan)",
        });
      if (choice.principle && !context.terms.has(choice.principle.term))
        problems.push({
          node: node.id,
          field: `${at}.principle`,
          message: `istilah "${choice.principle.term}" tidak ada di glosarium`,
        });
      const anchors = context.anchors(choice.link.lesson);
      if (!anchors)
        problems.push({
          node: node.id,
          field: `${at}.link`,
          message: `pelajaran "${choice.link.lesson}" tidak ada`,
        });
      else if (!anchors.includes(choice.link.section))
        problems.push({
          node: node.id,
          field: `${at}.link`,
          message: `bagian "#${choice.link.section}" tidak ada di ${choice.link.lesson}`,
        });
    });
    if (node.choices && !node.choices.some((c) => !c.when))
      problems.push({
        node: node.id,
        field: "choices",
        message: "minimal satu pilihan harus tanpa syarat (when)",
      });
  }
  if (problems.some((p) => p.field === "start" || p.field === "id"))
    return problems;

  const edges = (id: string) =>
    successors(byId.get(id) as ScenarioNode).filter((to) => byId.has(to));
  const reachable = reachableFrom([scenario.start], edges);
  for (const node of scenario.nodes)
    if (!reachable.has(node.id))
      problems.push({
        node: node.id,
        message: "tidak dapat dicapai dari simpul awal",
      });

  const endingIds = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
  const reverse = new Map<string, string[]>();
  for (const node of scenario.nodes)
    for (const to of edges(node.id))
      reverse.set(to, [...(reverse.get(to) ?? []), node.id]);
  const canEnd = reachableFrom(endingIds, (id) => reverse.get(id) ?? []);
  for (const node of scenario.nodes)
    if (reachable.has(node.id) && !canEnd.has(node.id))
      problems.push({
        node: node.id,
        message:
          "tidak ada jalan dari sini ke akhir cerita (buntu atau berputar tanpa jalan keluar)",
      });

  const kinds = new Set(
    scenario.nodes.flatMap((n) => (n.ending ? [n.ending.kind] : [])),
  );
  for (const kind of ["baik", "sedang", "buruk"] as const)
    if (!kinds.has(kind))
      problems.push({
        field: "nodes",
        message: `belum ada akhir cerita "${kind}"`,
      });

  const before = stagesBefore(scenario);
  for (const node of scenario.nodes)
    if (node.ending?.kind === "baik") {
      const seen = new Set(before.get(node.id));
      seen.add(node.stage);
      const missing = STAGES.filter((s) => !seen.has(s));
      if (missing.length > 0)
        problems.push({
          node: node.id,
          message: `akhir baik dapat dicapai tanpa melewati tahap: ${missing.join(", ")}`,
        });
    }

  const decisions = scenario.nodes.filter((n) => n.choices);
  if (decisions.length < SCENARIO_RULES.minDecisions)
    problems.push({
      field: "nodes",
      message: `baru ${decisions.length} titik keputusan; minimal ${SCENARIO_RULES.minDecisions}`,
    });
  for (const stage of STAGES)
    if (!decisions.some((n) => n.stage === stage))
      problems.push({
        field: "nodes",
        message: `tidak ada titik keputusan pada tahap ${stage}`,
      });
  return problems;
}
