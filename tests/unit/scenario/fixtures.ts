/** A small valid scenario and helpers to break it, for the scenario tests. */
import type { ScenarioContext } from "../../../src/lib/scenario/graph.ts";
import type {
  ScenarioData,
  ScenarioNode,
  Stage,
} from "../../../src/lib/scenario/schema.ts";

const link = { lesson: "tahapan-pertolongan", section: "asesmen" };
const chain: [string, Stage][] = [
  ["n01", "engagement"],
  ["n02", "engagement"],
  ["n03", "asesmen"],
  ["n04", "asesmen"],
  ["n05", "perencanaan"],
  ["n06", "intervensi"],
  ["n07", "intervensi"],
  ["n08", "evaluasi"],
  ["n09", "terminasi"],
  ["n10", "rujukan"],
];

/** Ten decision points in a row; the weak choice of n01 loops back, later weak choices end badly or halfway. */
export function validScenario(): ScenarioData {
  const nodes: ScenarioNode[] = chain.map(([id, stage], i) => ({
    id,
    stage,
    narrative: `Narasi simpul ${id} yang cukup panjang untuk skema.`,
    choices: [
      {
        text: `Pilihan baik di ${id}`,
        quality: "baik",
        effects: { kepercayaan: 1 },
        principle: { term: "penerimaan", honoured: true },
        feedback: "Umpan balik pilihan baik yang cukup panjang.",
        link,
        next:
          i === chain.length - 1 ? "akhir-baik" : (chain[i + 1]![0] as string),
      },
      {
        text: `Pilihan lemah di ${id}`,
        quality: "lemah",
        effects: { kepercayaan: -2 },
        feedback: "Umpan balik pilihan lemah yang cukup panjang.",
        better: "Yang sebaiknya dilakukan, cukup panjang untuk skema.",
        link,
        next:
          id === "n01"
            ? "n01"
            : i < 5
              ? "akhir-buruk"
              : [
                  { when: { kepercayaan: { min: 5 } }, to: "akhir-sedang" },
                  { to: "akhir-buruk" },
                ],
      },
    ],
  }));
  const ending = (
    id: string,
    kind: "baik" | "sedang" | "buruk",
    stage: Stage,
  ): ScenarioNode => ({
    id,
    stage,
    narrative: `Akhir cerita ${id} yang cukup panjang untuk skema.`,
    ending: {
      kind,
      title: `Akhir ${kind}`,
      debrief: "Pembahasan akhir cerita yang cukup panjang untuk skema kasus.",
    },
  });
  nodes.push(
    ending("akhir-baik", "baik", "rujukan"),
    ending("akhir-sedang", "sedang", "terminasi"),
    ending("akhir-buruk", "buruk", "terminasi"),
  );
  return {
    id: "uji-kasus",
    title: "Kasus uji",
    summary: "Kasus kecil untuk menguji mesin simulasi.",
    lessons: ["tahapan-pertolongan"],
    order: 1,
    variables: [
      { id: "kepercayaan", label: "Kepercayaan", initial: 2, min: 0, max: 10 },
    ],
    start: "n01",
    nodes,
  };
}

/** A context in which every link and term of the fixture exists. */
export const context: ScenarioContext = {
  anchors: (lesson) =>
    lesson === "tahapan-pertolongan" ? ["asesmen", "terminasi"] : undefined,
  terms: new Set(["penerimaan"]),
};

/** The fixture's node with this id. */
export function node(scenario: ScenarioData, id: string): ScenarioNode {
  const found = scenario.nodes.find((n) => n.id === id);
  if (!found) throw new Error(id);
  return found;
}
