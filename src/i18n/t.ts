/**
 * UI strings: flat dotted keys in `id.json`, read through `t()`. Placeholders
 * `{name}` are filled from `params`.
 */
import strings from "./id.json";

/**
 * The table. In browser bundles it is empty and every key literal has already
 * been replaced by its text (src/integrations/inline-strings.ts), so a
 * "key" that is not in the table is returned as the text it is.
 */
const table: Readonly<Record<string, string>> = strings;

/** A key of the string table. */
export type MessageKey = keyof typeof strings;

/**
 * Look up a UI string and fill its placeholders.
 * @example t("lesson.module", { n: 3 }) // "Modul 3"
 */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A date as Indonesians write it, e.g. "29 November 2026". `ms` is a Unix time in milliseconds. */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat("id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(ms);
}
