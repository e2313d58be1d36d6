/**
 * The header's theme button (`#tombol-tema`): cycles Otomatis (follow the
 * system) -> Terang -> Gelap, keeps the choice in `kips:tema` and applies it at
 * once. The button's text names the current theme; its label says what
 * pressing does.
 */
const KEY = "kips:tema";
const ORDER = ["otomatis", "terang", "gelap"] as const;
type Theme = (typeof ORDER)[number];

const button = document.getElementById(
  "tombol-tema",
) as HTMLButtonElement | null;

function current(): Theme {
  const value = document.documentElement.dataset["tema"];
  return value === "terang" || value === "gelap" ? value : "otomatis";
}

function render(): void {
  if (!button) return;
  const theme = current();
  button.textContent = button.dataset[theme] ?? theme;
  button.hidden = false;
}

button?.addEventListener("click", () => {
  const next =
    ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length] ?? "otomatis";
  if (next === "otomatis") delete document.documentElement.dataset["tema"];
  else document.documentElement.dataset["tema"] = next;
  try {
    if (next === "otomatis") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
  render();
});
render();
