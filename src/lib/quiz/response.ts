/**
 * Building and editing responses as a learner answers, and marking each part
 * of a checked response. Pure helpers for the quiz views.
 */
import { categoryKey, correctOptions } from "./check.ts";
import type { Question, Response } from "./models.ts";

/**
 * The response a question starts with, or undefined when nothing is chosen
 * yet. An ordering question starts as shown (`order`): the learner's task
 * is to rearrange it. Matching and categorization start with every part empty.
 * @param order the display order (`displayOrder`).
 */
export function initialResponse(
  question: Question,
  order: number[],
): Response | undefined {
  switch (question.type) {
    case "ordering":
      return { type: "ordering", order: [...order] };
    case "matching":
      return { type: "matching", matches: question.pairs.map(() => null) };
    case "categorization":
      return { type: "categorization", groups: question.items.map(() => null) };
    case "short-answer":
      return { type: "short-answer", text: "" };
    default:
      return undefined;
  }
}

/**
 * Move the entry at position `from` to position `to` (both 0-based),
 * shifting the others. Out-of-range positions return the list unchanged.
 */
export function moveItem(
  order: readonly number[],
  from: number,
  to: number,
): number[] {
  if (from < 0 || from >= order.length || to < 0 || to >= order.length)
    return [...order];
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as number);
  return next;
}

/** How one part of a checked response is marked. */
export type PartMark = "right" | "wrong" | "missed" | undefined;

/**
 * Marks per part, indexed like the content: options (choice questions;
 * true-false as [true, false]), items by their index (ordering: right when
 * the item sits at its own position), premises (matching), items
 * (categorization). `missed` is a correct option left unchosen in a
 * multiple-response question. Short-answer has no parts.
 */
export function partMarks(question: Question, response: Response): PartMark[] {
  switch (question.type) {
    case "true-false": {
      const chosen =
        response.type === "true-false" ? response.value : undefined;
      return [true, false].map((value) =>
        value === question.answer
          ? "right"
          : chosen === value
            ? "wrong"
            : undefined,
      );
    }
    case "single-choice":
    case "multiple-response": {
      const key = correctOptions(question);
      const chosen =
        response.type === "single-choice"
          ? [response.choice]
          : response.type === "multiple-response"
            ? response.choices
            : [];
      return question.options.map((_, i) => {
        if (key.includes(i))
          return chosen.includes(i) || question.type === "single-choice"
            ? "right"
            : "missed";
        return chosen.includes(i) ? "wrong" : undefined;
      });
    }
    case "ordering": {
      const order = response.type === "ordering" ? response.order : [];
      return question.items.map((_, item) =>
        order[item] === item ? "right" : "wrong",
      );
    }
    case "matching": {
      const matches = response.type === "matching" ? response.matches : [];
      return question.pairs.map((_, premise) =>
        matches[premise] === premise ? "right" : "wrong",
      );
    }
    case "categorization": {
      const groups = response.type === "categorization" ? response.groups : [];
      const key = categoryKey(question);
      return question.items.map((_, item) =>
        groups[item] === key[item] ? "right" : "wrong",
      );
    }
    case "short-answer":
      return [];
  }
}

/**
 * A learner's response in words, for results: the chosen options, the order
 * given, "premise → chosen response", "item → chosen group", or the typed
 * text. Empty parts read as "—".
 * @param labels words for true and false in the interface language.
 */
export function responseTexts(
  question: Question,
  response: Response,
  labels: { true: string; false: string },
): string[] {
  switch (response.type) {
    case "true-false":
      return [response.value ? labels.true : labels.false];
    case "single-choice":
      return question.type === "single-choice"
        ? [question.options[response.choice]?.text ?? "—"]
        : [];
    case "multiple-response":
      return question.type === "multiple-response"
        ? response.choices.map((i) => question.options[i]?.text ?? "—")
        : [];
    case "ordering":
      return question.type === "ordering"
        ? response.order.map(
            (item, place) => `${place + 1}. ${question.items[item] ?? "—"}`,
          )
        : [];
    case "matching": {
      if (question.type !== "matching") return [];
      const responses = [
        ...question.pairs.map((p) => p.right),
        ...question.distractors,
      ];
      return question.pairs.map((pair, i) => {
        const chosen = response.matches[i];
        return `${pair.left} → ${chosen === null || chosen === undefined ? "—" : (responses[chosen] ?? "—")}`;
      });
    }
    case "categorization":
      return question.type === "categorization"
        ? question.items.map((item, i) => {
            const group = response.groups[i];
            return `${item.text} → ${group === null || group === undefined ? "—" : (question.categories[group] ?? "—")}`;
          })
        : [];
    case "short-answer":
      return [response.text.trim() || "—"];
  }
}
