/**
 * Normalising typed answers for short-answer questions: case, extra spaces,
 * punctuation and diacritics are ignored, so "Keberfungsian  Sosial." and
 * "keberfungsian sosial" are the same answer.
 */

/** Lower-case, strip diacritics and punctuation, collapse whitespace. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
