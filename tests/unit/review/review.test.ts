import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  chooseTerm,
  emptyProgress,
  recordAnswer,
  recordEvent,
  recordReview,
  retireCards,
  setSetting,
} from "../../../src/lib/progress/document.ts";
import type { ProgressDocument } from "../../../src/lib/progress/models.ts";
import { addDays, dayKey, daysBetween } from "../../../src/lib/review/days.ts";
import {
  dueCount,
  isDue,
  ratingsByCard,
  recentRetention,
  reviewCards,
  reviewQueue,
} from "../../../src/lib/review/due.ts";
import {
  allowedRatings,
  previewRatings,
  rateCard,
  replayCard,
} from "../../../src/lib/review/schedule.ts";
import {
  checkFinished,
  dailyGoal,
  recentActivity,
  streak,
} from "../../../src/lib/review/study.ts";

const JAKARTA = "Asia/Jakarta";
const NEW_YORK = "America/New_York";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An instant given as local wall-clock time in a zone (searches the UTC offsets that zone can have). */
function local(zone: string, iso: string): number {
  const wanted = iso.slice(0, 16);
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const ms = Date.parse(`${iso}Z`) - offset * MINUTE;
    const text = new Intl.DateTimeFormat("sv-SE", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .format(ms)
      .replace(" ", "T");
    if (text === wanted) return ms;
  }
  throw new Error(`${iso} does not exist in ${zone}`);
}

function wrong(doc: ProgressDocument, q: string, at: number) {
  return recordAnswer(doc, q, {
    response: { type: "single-choice", choice: 0 },
    score: 0,
    correct: false,
    at,
  });
}

function right(doc: ProgressDocument, q: string, at: number) {
  return recordAnswer(doc, q, {
    response: { type: "single-choice", choice: 1 },
    score: 1,
    correct: true,
    at,
  });
}

describe("calendar days", () => {
  it("names the local date of an instant", () => {
    // 2026-11-29 17:30 UTC is already the 30th in Jakarta (UTC+7).
    const ms = Date.parse("2026-11-29T17:30:00Z");
    expect(dayKey(ms, JAKARTA)).toBe("2026-11-30");
    expect(dayKey(ms, "UTC")).toBe("2026-11-29");
  });

  it("adds and counts calendar days across months and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (n) => {
        expect(daysBetween("2026-11-29", addDays("2026-11-29", n))).toBe(n);
      }),
    );
  });
});

describe("review cards", () => {
  it("makes a card of every question answered wrong anywhere, and of chosen terms only", () => {
    let doc = emptyProgress();
    doc = right(doc, "a", 1);
    doc = wrong(doc, "b", 2);
    doc = right(doc, "b", 3);
    doc = wrong(doc, "b", 4);
    doc = chooseTerm(doc, "kelayan", true, 5);
    doc = chooseTerm(doc, "asesmen", true, 6);
    doc = chooseTerm(doc, "asesmen", false, 7);
    expect(reviewCards(doc)).toEqual([
      { id: "q:b", kind: "question", ref: "b", addedAt: 2 },
      { id: "t:kelayan", kind: "term", ref: "kelayan", addedAt: 5 },
    ]);
    doc = chooseTerm(doc, "asesmen", true, 8);
    expect(reviewCards(doc).map((c) => c.id)).toContain("t:asesmen");
  });
});

describe("retired question cards", () => {
  it("leave review until the question is answered wrong again", () => {
    let doc = wrong(emptyProgress(), "hilang", 1);
    doc = retireCards(doc, ["q:hilang"], 5);
    expect(reviewCards(doc)).toEqual([]);
    doc = wrong(doc, "hilang", 9);
    expect(reviewCards(doc)).toEqual([
      { id: "q:hilang", kind: "question", ref: "hilang", addedAt: 9 },
    ]);
  });
});

describe("scheduling with FSRS", () => {
  const card = { id: "q:b", kind: "question" as const, ref: "b", addedAt: 0 };
  const t0 = Date.parse("2026-11-29T02:00:00Z");

  it("keeps a forgotten new card for minutes and an easy one for days", () => {
    const again = rateCard(card, [], 1, t0);
    expect(again.days).toBe(0);
    expect(again.due - t0).toBeLessThanOrEqual(10 * MINUTE);
    const easy = rateCard(card, [], 4, t0);
    expect(easy.days).toBeGreaterThanOrEqual(1);
    expect(easy.due).toBeGreaterThan(t0 + 23 * HOUR);
  });

  it("never gives a better rating a shorter interval", () => {
    const first = rateCard(card, [], 4, t0);
    const later = first.due + 2 * HOUR;
    const preview = previewRatings(card, [first], later);
    const waits = ([1, 2, 3, 4] as const).map((r) => preview[r].due - later);
    expect([...waits].sort((a, b) => a - b)).toEqual(waits);
    expect(preview[3].days).toBeGreaterThan(first.days);
  });

  it("lets a question card's answer decide which ratings are offered", () => {
    const answered = (score: number) => ({
      response: { type: "single-choice" as const, choice: 0 },
      score,
      correct: score === 1,
      at: t0,
    });
    expect(allowedRatings(card, answered(0))).toEqual([1]);
    expect(allowedRatings(card, answered(0.5))).toEqual([1, 2]);
    expect(allowedRatings(card, answered(1))).toEqual([1, 2, 3, 4]);
    const termCard = { ...card, id: "t:kelayan", kind: "term" as const };
    expect(allowedRatings(termCard, undefined)).toEqual([1, 2, 3, 4]);
  });

  it("replays the same state from the same ratings", () => {
    const a = rateCard(card, [], 3, t0);
    const b = rateCard(card, [a], 3, a.due);
    expect(rateCard(card, [a], 3, a.due)).toEqual(b);
    expect(replayCard(card, [a, b]).reps).toBe(2);
  });
});

describe("due cards follow the learner's calendar", () => {
  for (const zone of [JAKARTA, NEW_YORK]) {
    it(`a card due tomorrow is due from the start of the next calendar day (${zone})`, () => {
      const at = local(zone, "2026-03-07T23:30");
      const entry = {
        card: "q:b",
        at,
        rating: 3 as const,
        due: at + 24 * HOUR,
        days: 1,
      };
      expect(isDue(entry, local(zone, "2026-03-07T23:59"), zone)).toBe(false);
      expect(isDue(entry, local(zone, "2026-03-08T00:05"), zone)).toBe(true);
      expect(isDue(entry, local(zone, "2026-03-08T23:45"), zone)).toBe(true);
    });
  }

  it("counts the day on the calendar where it is 23 hours long (New York, start of daylight saving)", () => {
    // 2026-03-08 has 23 hours in New York: 24 hours after 23:30 on the 7th is 00:30 on the 9th.
    const at = local(NEW_YORK, "2026-03-07T23:30");
    const entry = {
      card: "q:b",
      at,
      rating: 3 as const,
      due: at + 24 * HOUR,
      days: 1,
    };
    const lateOnThe8th = local(NEW_YORK, "2026-03-08T23:45");
    expect(lateOnThe8th).toBeLessThan(entry.due);
    expect(isDue(entry, lateOnThe8th, NEW_YORK)).toBe(true);
  });

  it("keeps minute steps exact", () => {
    const at = local(JAKARTA, "2026-11-29T10:00");
    const entry = {
      card: "q:b",
      at,
      rating: 1 as const,
      due: at + 10 * MINUTE,
      days: 0,
    };
    expect(isDue(entry, at + 9 * MINUTE, JAKARTA)).toBe(false);
    expect(isDue(entry, at + 10 * MINUTE, JAKARTA)).toBe(true);
  });
});

describe("the review queue", () => {
  const zone = JAKARTA;
  const morning = local(zone, "2026-11-29T08:00");

  function withWrongAnswers(n: number): ProgressDocument {
    let doc = emptyProgress();
    for (let i = 0; i < n; i += 1)
      doc = wrong(doc, `s${String(i).padStart(2, "0")}`, i);
    return doc;
  }

  it("starts at most the daily limit of new cards, counting those started today", () => {
    let doc = setSetting(withWrongAnswers(15), "newPerDay", 4, 1);
    expect(reviewQueue(doc, morning, zone).fresh).toHaveLength(4);
    const [first] = reviewQueue(doc, morning, zone).fresh;
    doc = recordReview(doc, rateCard(first!, [], 4, morning));
    const after = reviewQueue(doc, morning + MINUTE, zone);
    expect(after.startedToday).toBe(1);
    expect(after.fresh).toHaveLength(3);
    expect(after.newTotal).toBe(14);
    // The next day, four more may start.
    const tomorrow = local(zone, "2026-11-30T08:00");
    expect(reviewQueue(doc, tomorrow, zone).fresh).toHaveLength(4);
  });

  it("leaves a card rated Baik or Mudah out until it is due again", () => {
    let doc = withWrongAnswers(1);
    const [card] = reviewCards(doc);
    doc = recordReview(doc, rateCard(card!, [], 4, morning));
    expect(dueCount(doc, morning + MINUTE, zone)).toBe(0);
    const entry = ratingsByCard(doc).get(card!.id)![0]!;
    const dueDay = addDays(dayKey(entry.at, zone), entry.days);
    expect(dueCount(doc, local(zone, `${dueDay}T00:01`), zone)).toBe(1);
  });

  it("reports recent retention from ratings of cards scheduled a day or more ahead", () => {
    let doc = withWrongAnswers(2);
    const [a, b] = reviewCards(doc);
    const day = (d: string) => local(zone, `2026-11-${d}T09:00`);
    doc = recordReview(doc, rateCard(a!, [], 4, day("20")));
    doc = recordReview(doc, rateCard(b!, [], 4, day("20")));
    expect(recentRetention(doc, day("20"), zone)).toBeUndefined();
    const ratings = ratingsByCard(doc);
    doc = recordReview(doc, rateCard(a!, ratings.get(a!.id)!, 3, day("28")));
    doc = recordReview(doc, rateCard(b!, ratings.get(b!.id)!, 1, day("28")));
    expect(recentRetention(doc, day("29"), zone)).toEqual({
      ratio: 0.5,
      count: 2,
    });
  });
});

describe("streak and daily goal", () => {
  const zone = JAKARTA;
  const at = (d: string, h = "09:00") => local(zone, `${d}T${h}`);

  it("counts consecutive local days with a finished session or check", () => {
    let doc = emptyProgress();
    for (const d of ["2026-11-25", "2026-11-27", "2026-11-28"])
      doc = recordEvent(doc, { at: at(d), kind: "review", ref: "ulasan" });
    expect(streak(doc, at("2026-11-29"), zone)).toEqual({
      days: 2,
      today: false,
    });
    doc = recordEvent(doc, {
      at: at("2026-11-29", "23:50"),
      kind: "check",
      ref: "pengantar",
    });
    expect(streak(doc, at("2026-11-29", "23:55"), zone)).toEqual({
      days: 3,
      today: true,
    });
    expect(streak(doc, at("2026-12-01"), zone)).toEqual({
      days: 0,
      today: false,
    });
  });

  it("a check just after midnight in Jakarta counts for the new local day", () => {
    const doc = recordEvent(emptyProgress(), {
      at: at("2026-11-30", "00:10"),
      kind: "check",
      ref: "pengantar",
    });
    // Still the 29th in UTC, already the 30th in Jakarta.
    expect(dayKey(doc.events[0]!.at, "UTC")).toBe("2026-11-29");
    expect(streak(doc, at("2026-11-30", "08:00"), zone).today).toBe(true);
  });

  it("measures today's answers and ratings against the goal", () => {
    let doc = setSetting(emptyProgress(), "dailyGoal", 3, 0);
    doc = right(doc, "a", at("2026-11-28"));
    doc = right(doc, "a", at("2026-11-29"));
    doc = wrong(doc, "b", at("2026-11-29", "10:00"));
    expect(dailyGoal(doc, at("2026-11-29", "12:00"), zone)).toEqual({
      done: 2,
      goal: 3,
    });
    // A question card's rating does not count twice (its answer did); a term card's does.
    doc = recordReview(doc, {
      card: "q:b",
      at: at("2026-11-29", "11:00"),
      rating: 1,
      due: 0,
      days: 0,
    });
    doc = recordReview(doc, {
      card: "t:kelayan",
      at: at("2026-11-29", "11:01"),
      rating: 3,
      due: 0,
      days: 0,
    });
    expect(dailyGoal(doc, at("2026-11-29", "12:00"), zone).done).toBe(3);
    const days = recentActivity(doc, at("2026-11-29", "12:00"), zone, 3);
    expect(days).toEqual([
      { day: "2026-11-27", count: 0 },
      { day: "2026-11-28", count: 1 },
      { day: "2026-11-29", count: 3 },
    ]);
  });

  it("finishes a lesson check once a day, when every question was answered today", () => {
    let doc = right(emptyProgress(), "a", at("2026-11-28"));
    doc = right(doc, "b", at("2026-11-29"));
    const now = at("2026-11-29", "10:00");
    expect(checkFinished(doc, "pengantar", ["a", "b"], now, zone)).toBe(false);
    doc = right(doc, "a", now);
    expect(checkFinished(doc, "pengantar", ["a", "b"], now, zone)).toBe(true);
    doc = recordEvent(doc, { at: now, kind: "check", ref: "pengantar" });
    expect(checkFinished(doc, "pengantar", ["a", "b"], now + 1, zone)).toBe(
      false,
    );
  });
});
