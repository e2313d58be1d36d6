import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  choose,
  newRun,
  replay,
  RunError,
  scoreRun,
  undo,
  visibleChoices,
  type Run,
} from "../../../src/lib/scenario/engine.ts";
import { validScenario } from "./fixtures.ts";

const scenario = validScenario();

/** Play choice indices in order from a fresh run (stopping at an ending). */
function play(choices: number[]): Run {
  let run = newRun();
  for (const c of choices) {
    const { node } = replay(scenario, run);
    if (node.ending) break;
    run = choose(scenario, run, c);
  }
  return run;
}

describe("replay", () => {
  it("walks the good path to the good ending with variables clamped", () => {
    const view = replay(scenario, play(Array(10).fill(0)));
    expect(view.node.id).toBe("akhir-baik");
    expect(view.vars["kepercayaan"]).toBe(10);
  });

  it("branches on variables", () => {
    const weakLate = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(replay(scenario, play(weakLate)).node.id).toBe("akhir-sedang");
    expect(replay(scenario, play([1, 0, 0, 0, 0, 1])).node.id).toBe(
      "akhir-buruk",
    );
  });

  it("rejects a run that does not fit the scenario", () => {
    expect(() =>
      replay(scenario, { path: [{ node: "n05", choice: 0 }], undos: 0 }),
    ).toThrow(RunError);
    expect(() =>
      replay(scenario, { path: [{ node: "n01", choice: 7 }], undos: 0 }),
    ).toThrow(RunError);
  });
});

describe("choose and undo", () => {
  it("refuses a hidden choice", () => {
    const s = validScenario();
    s.nodes[0]!.choices![1]!.when = { kepercayaan: { min: 9 } };
    expect(visibleChoices(s.nodes[0]!, { kepercayaan: 2 })).toEqual([0]);
    expect(() => choose(s, newRun(), 1)).toThrow(RunError);
  });

  it("undo takes back the last choice and counts it", () => {
    const run = play([0, 0]);
    const back = undo(run);
    expect(back.path).toEqual(run.path.slice(0, 1));
    expect(back.undos).toBe(1);
    expect(undo(newRun())).toEqual(newRun());
  });
});

describe("scoreRun", () => {
  it("scores per stage: baik 2, lemah 0", () => {
    const score = scoreRun(scenario, play([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(score.stages.find((s) => s.stage === "engagement")).toEqual({
      stage: "engagement",
      points: 4,
      max: 6,
    });
    expect(score.ratio).toBeCloseTo(20 / 22);
  });

  it("reflects the final path only: undo and redo never count a choice twice", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (choices, undoAt) => {
          let run = newRun();
          choices.forEach((c, i) => {
            if (replay(scenario, run).node.ending) return;
            run = choose(scenario, run, c);
            if (undoAt[i]) run = choose(scenario, undo(run), c); // take back and make the same choice again
          });
          const fresh = { path: run.path, undos: 0 };
          expect(scoreRun(scenario, run)).toEqual(scoreRun(scenario, fresh));
        },
      ),
    );
  });
});
