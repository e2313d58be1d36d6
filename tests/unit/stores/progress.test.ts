import { describe, expect, it, vi } from "vitest";

import { dispatched, listeners, storage } from "../../support/fake-browser.ts";

/** Import the store fresh, as a new page load would. */
async function loadStore() {
  const progress = await import("../../../src/stores/progress.ts");
  const health = await import("../../../src/stores/storage.ts");
  return { ...progress, ...health };
}

/** Simulate another tab writing the progress key. */
function otherTabWrites(key: string, value: string) {
  storage.data.set(key, value);
  for (const fn of listeners.get("storage") ?? []) fn({ key });
}

describe("$progress", () => {
  it("starts empty and saves each change to localStorage", async () => {
    const { $progress, completeLesson, PROGRESS_KEY } = await loadStore();
    expect($progress.get().lessons).toEqual({});
    completeLesson("pengantar", 1000);
    expect(
      JSON.parse(storage.data.get(PROGRESS_KEY) ?? "{}").lessons.pengantar
        .completedAt,
    ).toBe(1000);
  });

  it("keeps an unreadable stored value aside, starts clean and says so", async () => {
    storage.data.set("kips:progres", "{rusak");
    const { $progress, $progressNotice, visitLesson, ASIDE_PREFIX } =
      await loadStore();
    expect($progress.get().lessons).toEqual({});
    const notice = $progressNotice.get();
    expect(notice?.kind).toBe("kept-aside");
    const asideKey = [...storage.data.keys()].find((k) =>
      k.startsWith(ASIDE_PREFIX),
    );
    expect(asideKey).toBeDefined();
    expect(JSON.parse(storage.data.get(asideKey!)!).raw).toBe("{rusak");
    visitLesson("pengantar", 5);
    expect(JSON.parse(storage.data.get(asideKey!)!).raw).toBe("{rusak");
  });

  it("keeps every valid entry of a partly broken document, the whole raw value aside, and says so once", async () => {
    const raw = JSON.stringify({
      version: 3,
      lessons: {
        pengantar: { firstVisitedAt: 1, lastVisitedAt: 2, completedAt: 2 },
      },
      answers: {},
      log: [{ q: "pengantar-01", at: 1, score: 0, correct: false }],
      review: {
        terms: {},
        log: [
          { card: "q:pengantar-01", at: 2, rating: 7, due: 3, days: 0 },
          { card: "q:pengantar-01", at: 4, rating: 3, due: 5, days: 0 },
        ],
      },
      events: [],
      settings: { newPerDay: { value: 9999, at: 1 } },
    });
    storage.data.set("kips:progres", raw);
    const { $progress, $progressNotice, ASIDE_PREFIX } = await loadStore();
    expect($progress.get().lessons["pengantar"]?.completedAt).toBe(2);
    expect($progress.get().log).toHaveLength(1);
    expect($progress.get().review.log).toEqual([
      { card: "q:pengantar-01", at: 4, rating: 3, due: 5, days: 0 },
    ]);
    expect($progress.get().settings).toEqual({});
    expect($progressNotice.get()).toMatchObject({
      kind: "kept-aside",
      dropped: 2,
    });
    const asideKey = [...storage.data.keys()].find((k) =>
      k.startsWith(ASIDE_PREFIX),
    )!;
    expect(JSON.parse(storage.data.get(asideKey)!).raw).toBe(raw);
    // The readable part is written back, so the next page load has nothing to report.
    await Promise.resolve();
    const stored = JSON.parse(storage.data.get("kips:progres")!);
    expect(stored.review.log).toHaveLength(1);
    vi.resetModules(); // a new page load
    const again = await loadStore();
    expect(again.$progressNotice.get()).toBeNull();
  });

  it("never overwrites a value it could not keep aside", async () => {
    storage.data.set("kips:progres", "{rusak");
    storage.refuseNewKeys = true;
    const { $progressNotice, $storageHealth, visitLesson } = await loadStore();
    visitLesson("pengantar", 5);
    expect(storage.data.get("kips:progres")).toBe("{rusak");
    expect($progressNotice.get()?.kind).toBe("aside-failed");
    expect($storageHealth.get()).toBe("not-saving");
    expect(storage.data.size).toBe(1);
  });

  it("leaves a document from a newer version untouched", async () => {
    const newer = JSON.stringify({
      version: 9,
      lessons: {},
      answers: {},
      somethingNew: true,
    });
    storage.data.set("kips:progres", newer);
    const { $progressNotice, completeLesson } = await loadStore();
    completeLesson("pengantar", 5);
    expect(storage.data.get("kips:progres")).toBe(newer);
    expect($progressNotice.get()?.kind).toBe("newer-version");
  });

  it("keeps working in memory when storage throws, and says progress is not saved", async () => {
    storage.refuseAll = true;
    const { $progress, $storageHealth, completeLesson } = await loadStore();
    completeLesson("pengantar", 7);
    expect($progress.get().lessons["pengantar"]?.completedAt).toBe(7);
    expect($storageHealth.get()).toBe("not-saving");
  });

  it("merges another tab's change item by item instead of replacing the document", async () => {
    const { $progress, completeLesson, PROGRESS_KEY } = await loadStore();
    completeLesson("pengantar", 10);
    const other = {
      version: 2,
      log: [],
      lessons: {
        "prinsip-intervensi": { firstVisitedAt: 20, lastVisitedAt: 20 },
      },
      answers: {},
    };
    otherTabWrites(PROGRESS_KEY, JSON.stringify(other));
    expect(Object.keys($progress.get().lessons).sort()).toEqual([
      "pengantar",
      "prinsip-intervensi",
    ]);
    expect(
      JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons.pengantar.completedAt,
    ).toBe(10);
  });

  it("merges what another tab stored before writing, even before its event arrives", async () => {
    const { completeLesson, PROGRESS_KEY } = await loadStore();
    completeLesson("pengantar", 10);
    const stored = JSON.parse(storage.data.get(PROGRESS_KEY)!);
    stored.lessons["tujuan-intervensi"] = {
      firstVisitedAt: 30,
      lastVisitedAt: 30,
      completedAt: 30,
    };
    storage.data.set(PROGRESS_KEY, JSON.stringify(stored)); // no event yet
    completeLesson("fungsi-intervensi", 40);
    expect(
      Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons).sort(),
    ).toEqual(["fungsi-intervensi", "pengantar", "tujuan-intervensi"]);
  });

  it("ignores a storage event for an unrelated key", async () => {
    const { $progress, completeLesson } = await loadStore();
    completeLesson("pengantar", 10);
    const before = $progress.get();
    otherTabWrites("lain", "apa saja");
    expect($progress.get()).toBe(before);
  });

  it("tells light page scripts after every change, once the change is done", async () => {
    const { completeLesson, chooseReviewTerm } = await loadStore();
    completeLesson("pengantar", 1);
    expect(dispatched).toEqual([]);
    await Promise.resolve();
    expect(dispatched).toEqual(["kips:progres-berubah"]);
    chooseReviewTerm("kelayan", true, 2);
    await Promise.resolve();
    expect(dispatched).toHaveLength(2);
    expect(JSON.parse(storage.data.get("kips:progres")!).review.terms).toEqual({
      kelayan: { addedAt: 2 },
    });
  });

  it("scores and stores an answer", async () => {
    const { $progress, answerQuestion } = await loadStore();
    const attempt = answerQuestion(
      {
        id: "uji-01",
        lesson: "uji",
        section: "bagian",
        difficulty: 1,
        tags: [],
        stem: "Pernyataan uji.",
        explanation: "Penjelasan uji yang cukup panjang.",
        sources: [],
        type: "true-false",
        answer: true,
      },
      { type: "true-false", value: true },
      99,
    );
    expect(attempt).toMatchObject({ score: 1, correct: true, at: 99 });
    expect($progress.get().answers["uji-01"]).toEqual(attempt);
  });
});
