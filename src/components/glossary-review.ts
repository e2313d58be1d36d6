/**
 * Glossary page: the "Masukkan ke ulasan" toggle of each term
 * (`button[data-review-term]`, hidden until this script runs, so a page
 * without JavaScript shows none). Pressed means the term is one of the
 * learner's review cards; the change is kept through the progress store and
 * announced in `#status-ulasan-istilah`.
 */
import { isTermChosen } from "../lib/progress/document.ts";
import { $progress, chooseReviewTerm } from "../stores/progress.ts";

const status = document.getElementById("status-ulasan-istilah");
const buttons = [
  ...document.querySelectorAll<HTMLButtonElement>("button[data-review-term]"),
];

function render(): void {
  const doc = $progress.get();
  for (const button of buttons) {
    const slug = button.dataset["reviewTerm"] ?? "";
    button.setAttribute("aria-pressed", String(isTermChosen(doc, slug)));
    button.hidden = false;
  }
}

for (const button of buttons)
  button.addEventListener("click", () => {
    const slug = button.dataset["reviewTerm"] ?? "";
    const chosen = !isTermChosen($progress.get(), slug);
    chooseReviewTerm(slug, chosen);
    if (status) {
      const template =
        (chosen ? status.dataset["added"] : status.dataset["removed"]) ?? "";
      status.textContent = template.replace(
        "{term}",
        button.dataset["term"] ?? slug,
      );
    }
  });

$progress.subscribe(render);
