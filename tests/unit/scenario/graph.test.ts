import { describe, expect, it } from "vitest";
import {
  checkScenario,
  stagesBefore,
} from "../../../src/lib/scenario/graph.ts";
import { context, node, validScenario } from "./fixtures.ts";

const messages = (s = validScenario()) =>
  checkScenario(s, context).map(
    (p) => `${p.node ?? ""}|${p.field ?? ""}|${p.message}`,
  );

describe("checkScenario", () => {
  it("passes a valid scenario", () => {
    expect(messages()).toEqual([]);
  });

  it("reports a node that cannot be reached", () => {
    const s = validScenario();
    s.nodes.push({ ...node(s, "akhir-buruk"), id: "yatim" });
    expect(messages(s)).toContain(
      "yatim||tidak dapat dicapai dari simpul awal",
    );
  });

  it("reports a choice that points nowhere", () => {
    const s = validScenario();
    node(s, "n03").choices![0]!.next = "n99";
    expect(messages(s)).toContain(
      'n03|choices.0.next|menuju simpul "n99" yang tidak ada',
    );
  });

  it("reports a loop without a way out", () => {
    const s = validScenario();
    const n05 = node(s, "n05");
    n05.choices![0]!.next = "n05";
    n05.choices![1]!.next = "n05";
    expect(messages(s)).toContain(
      "n05||tidak ada jalan dari sini ke akhir cerita (buntu atau berputar tanpa jalan keluar)",
    );
  });

  it("accepts a loop that has a way out", () => {
    const s = validScenario();
    expect(node(s, "n01").choices![1]!.next).toBe("n01");
    expect(messages(s)).toEqual([]);
  });

  it("reports a good ending reachable without every stage", () => {
    const s = validScenario();
    node(s, "n04").choices![1]!.next = "akhir-baik";
    expect(messages(s)).toContain(
      "akhir-baik||akhir baik dapat dicapai tanpa melewati tahap: perencanaan, intervensi, evaluasi, terminasi",
    );
  });

  it("reports a missing kind of ending, too few decision points, and a stage without one", () => {
    const s = validScenario();
    s.nodes = s.nodes.filter((n) => n.id !== "akhir-sedang");
    for (const n of s.nodes)
      for (const c of n.choices ?? [])
        if (Array.isArray(c.next)) c.next = "akhir-buruk";
    node(s, "n08").stage = "intervensi";
    const found = messages(s);
    expect(found).toContain('|nodes|belum ada akhir cerita "sedang"');
    expect(found).toContain(
      "|nodes|tidak ada titik keputusan pada tahap evaluasi",
    );
    s.nodes = s.nodes.filter((n) => n.id !== "n02");
    node(s, "n01").choices![0]!.next = "n03";
    expect(messages(s)).toContain("|nodes|baru 9 titik keputusan; minimal 10");
  });

  it("reports an unknown variable, term or section, and a weak choice without advice", () => {
    const s = validScenario();
    const choice = node(s, "n06").choices![1]!;
    choice.effects = { harapan: 1 };
    choice.principle = { term: "tidak-ada", honoured: false };
    choice.link = { lesson: "tahapan-pertolongan", section: "hilang" };
    delete choice.better;
    const found = messages(s);
    expect(found).toContain(
      'n06|choices.1|variabel "harapan" tidak dideklarasikan',
    );
    expect(found).toContain(
      'n06|choices.1.principle|istilah "tidak-ada" tidak ada di glosarium',
    );
    expect(found).toContain(
      'n06|choices.1.link|bagian "#hilang" tidak ada di tahapan-pertolongan',
    );
    expect(found).toContain(
      "n06|choices.1.better|pilihan cukup/lemah perlu 'better' (yang sebaiknya dilakukan)",
    );
  });

  it("reports an ending with choices and a node with neither", () => {
    const s = validScenario();
    node(s, "akhir-buruk").choices = node(s, "n01").choices!;
    delete node(s, "n09").choices;
    const found = messages(s);
    expect(found).toContain(
      "akhir-buruk||akhir cerita tidak boleh punya pilihan",
    );
    expect(found).toContain(
      "n09||simpul tanpa pilihan harus berupa akhir cerita (ending)",
    );
  });

  it("reports a start that does not exist and duplicate node ids", () => {
    const s = validScenario();
    s.start = "awal";
    s.nodes.push({ ...node(s, "n02") });
    const found = messages(s);
    expect(found).toContain('|start|simpul awal "awal" tidak ada');
    expect(found).toContain("n02|id|id simpul ganda");
  });
});

describe("stagesBefore", () => {
  it("knows which stages every path to a node has passed", () => {
    const before = stagesBefore(validScenario());
    expect([...before.get("n01")!]).toEqual([]);
    expect([...before.get("n05")!].sort()).toEqual(["asesmen", "engagement"]);
    expect(before.get("akhir-baik")!.size).toBe(7);
  });
});
