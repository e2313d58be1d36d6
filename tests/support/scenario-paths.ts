/** Finds playable paths through a scenario with the real engine, for e2e tests. */
import {
  choose,
  newRun,
  replay,
  visibleChoices,
  type Run,
} from "../../src/lib/scenario/engine.ts";
import type { ScenarioData } from "../../src/lib/scenario/schema.ts";

/**
 * The shortest run (breadth-first, honouring conditions) that ends in an
 * ending of the given kind, as the texts of the choices to press.
 * @throws Error when no such run exists within 60 steps.
 */
export function pathTo(
  scenario: ScenarioData,
  kind: "baik" | "sedang" | "buruk",
): string[] {
  const queue: Run[] = [newRun()];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const run = queue.shift() as Run;
    const { node, vars } = replay(scenario, run);
    if (node.ending) {
      if (node.ending.kind === kind)
        return run.path.map((step) => {
          const at = scenario.nodes.find((n) => n.id === step.node);
          return at?.choices?.[step.choice]?.text ?? "";
        });
      continue;
    }
    const key = `${node.id}:${JSON.stringify(vars)}`;
    if (seen.has(key) || run.path.length > 60) continue;
    seen.add(key);
    for (const index of visibleChoices(node, vars))
      queue.push(choose(scenario, run, index));
  }
  throw new Error(`no path to a ${kind} ending in ${scenario.id}`);
}
