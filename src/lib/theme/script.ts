/**
 * The theme the learner chose (`kips:tema`: "terang" light, "gelap" dark; absent:
 * follow the system), applied before the page paints by a tiny inline script
 * in <head>. Its text lives here so the CSP can carry its hash
 * (astro.config.mjs) and the layout can render the same text.
 */
import { createHash } from "node:crypto";

/** localStorage key of the chosen theme. */
export const THEME_KEY = "kips:tema";

/** The inline script: sets `data-tema` on <html> from storage; never throws. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}");if(t==="terang"||t==="gelap")document.documentElement.dataset.tema=t}catch(e){}`;

/** Hash of the inline script, as Astro's CSP config takes it: `sha256-…`. */
export function themeScriptHash(): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}`;
}
