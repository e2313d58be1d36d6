import { describe, expect, it } from "vitest";
import { storage } from "../../support/fake-browser.ts";
import type { Question } from "../../../src/lib/quiz/models.ts";

async function loadStore() {
  return import("../../../src/stores/assignments.ts");
}

const question: Question = {
  id: "pengantar-01",
  lesson: "pengantar",
  section: "apa-itu",
  difficulty: 1,
  tags: ["konsep"],
  stem: "Intervensi adalah upaya terencana?",
  explanation: "Penjelasan yang cukup panjang agar lolos skema soal di bank.",
  sources: [],
  type: "true-false",
  answer: true,
};

describe("$assignments", () => {
  it("keeps an opened assignment and its quiz answers, and the answer counts in the progress document too", async () => {
    const {
      answerAssignmentQuestion,
      openAssignmentRecord,
      saveStudent,
      ASSIGNMENTS_KEY,
    } = await loadStore();
    openAssignmentRecord("t1", "payload", 10);
    saveStudent("t1", { name: " Siti ", nim: "2301045" });
    const attempt = answerAssignmentQuestion(
      "t1",
      question,
      { type: "true-false", value: true },
      20,
    );
    expect(attempt).toMatchObject({ score: 1, correct: true, at: 20 });
    const stored = JSON.parse(storage.data.get(ASSIGNMENTS_KEY)!);
    expect(stored.t1).toMatchObject({
      link: "payload",
      openedAt: 10,
      student: { name: "Siti", nim: "2301045" },
      quiz: {
        startedAt: 20,
        tries: 1,
        attempts: { "pengantar-01": { score: 1 } },
      },
    });
    expect(
      JSON.parse(storage.data.get("kips:progres")!).answers["pengantar-01"]
        .score,
    ).toBe(1);
  });

  it("adds to what another tab stored instead of overwriting it", async () => {
    const { openAssignmentRecord, $assignments, ASSIGNMENTS_KEY } =
      await loadStore();
    openAssignmentRecord("t1", "a", 1);
    const other = JSON.parse(storage.data.get(ASSIGNMENTS_KEY)!);
    other.t2 = { ...other.t1, link: "b" };
    storage.data.set(ASSIGNMENTS_KEY, JSON.stringify(other)); // another tab, no event yet
    openAssignmentRecord("t3", "c", 3);
    expect(Object.keys($assignments.get()).sort()).toEqual(["t1", "t2", "t3"]);
  });

  it("keeps an unreadable stored value aside, keeps the readable assignments and says so", async () => {
    const good = {
      link: "a",
      openedAt: 1,
      student: { name: "", nim: "" },
      quiz: { tries: 0, attempts: {} },
    };
    const raw = JSON.stringify({ t1: good, t2: { link: 5 } });
    storage.data.set("kips:tugas", raw);
    const { $assignments, $assignmentNotice } = await loadStore();
    expect($assignments.get()).toEqual({ t1: good });
    const key = $assignmentNotice.get();
    expect(key).toMatch(/^kips:tugas:disisihkan:/);
    expect(storage.data.get(key!)).toBe(raw);
  });

  it("remembers the links a lecturer built, newest first, once each", async () => {
    const { rememberMadeAssignment, $madeAssignments } = await loadStore();
    rememberMadeAssignment("a", 1);
    rememberMadeAssignment("b", 2);
    rememberMadeAssignment("a", 3);
    expect($madeAssignments.get()).toEqual([
      { link: "a", at: 3 },
      { link: "b", at: 2 },
    ]);
  });
});
