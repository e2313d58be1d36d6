/**
 * Constants of case simulations, kept apart from the zod schema so that
 * browser code can use them without bundling zod.
 */

/**
 * Stages of the helping process (Siporin 1975, as taught in Indonesian
 * schools, with rujukan and bimbingan lanjut after terminasi).
 */
export const STAGES = [
  "engagement",
  "asesmen",
  "perencanaan",
  "intervensi",
  "evaluasi",
  "terminasi",
  "rujukan",
] as const;

/** A stage of the helping process. */
export type Stage = (typeof STAGES)[number];

/** How good a choice is: baik 2 points, cukup 1, lemah 0. */
export const QUALITY_POINTS = { baik: 2, cukup: 1, lemah: 0 } as const;
