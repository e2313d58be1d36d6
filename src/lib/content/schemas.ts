/**
 * Zod schemas for everything in `content/`. They are used twice: by
 * `src/content.config.ts` (Astro's collections) and by the content check that
 * runs before every build, which names the file and the field of each problem.
 *
 * Messages are in Indonesian because lecturers who edit `content/` read them.
 */
import { z } from "astro/zod";

/** A kebab-case id: lower-case letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "harus huruf kecil, angka dan tanda hubung (contoh: prinsip-intervensi)",
  );

/** Frontmatter of one lesson (`content/lessons/<slug>.mdx`). */
export const lessonSchema = z.object({
  /** Title shown on the page and in the outline. */
  title: z.string().min(5, "judul terlalu pendek"),
  /** One sentence for the outline, search results and the meta description. */
  description: z
    .string()
    .min(20, "deskripsi terlalu pendek")
    .max(220, "deskripsi terlalu panjang (maks. 220 karakter)"),
  /** Position in the course, 1..n, unique across lessons. */
  order: z.number().int().min(1),
  /** Estimated minutes to read the lesson and answer its checks. */
  minutes: z.number().int().min(1).max(180),
  /** Learning goals: what the learner can do afterwards, each starting with a verb. */
  goals: z.array(z.string().min(10)).min(2, "minimal 2 tujuan pembelajaran"),
  /** Ids from `content/references.yaml`. */
  sources: z.array(idSchema).min(1, "minimal 1 sumber"),
});

/** One option of a choice question. */
export const optionSchema = z.object({
  /** Option text shown to the learner. */
  text: z.string().min(1),
  /** Whether choosing this option is part of the right answer. */
  correct: z.boolean().default(false),
});

const questionBase = {
  /** Unique across the bank: `<lesson>-NN`. */
  id: idSchema,
  /** Slug of the lesson the question checks. */
  lesson: idSchema,
  /** Anchor (heading id) of the lesson section that teaches the answer. */
  section: idSchema,
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Topic tags, at least one; `kasus` marks a case-based (vignette) question. */
  tags: z
    .array(idSchema)
    .min(1, "minimal 1 tag (mis. konsep, kasus, regulasi)"),
  /** The question; may hold a short practice situation. */
  stem: z.string().min(10, "pertanyaan terlalu pendek"),
  /** Why the answer is right and why the most tempting wrong option is wrong. */
  explanation: z
    .string()
    .min(40, "penjelasan terlalu pendek (minimal 40 karakter)"),
  /** Ids from `content/references.yaml`, beyond the lesson itself. */
  sources: z.array(idSchema).default([]),
};

/** Exactly one correct option among 3..6. */
export const singleChoiceSchema = z.object({
  ...questionBase,
  type: z.literal("single-choice"),
  options: z
    .array(optionSchema)
    .min(3, "minimal 3 pilihan")
    .max(6, "maksimal 6 pilihan")
    .refine(
      (options) => options.filter((o) => o.correct).length === 1,
      "harus ada tepat satu pilihan yang benar",
    ),
});

/** At least one correct and at least one wrong option among 3..7. */
export const multipleResponseSchema = z.object({
  ...questionBase,
  type: z.literal("multiple-response"),
  options: z
    .array(optionSchema)
    .min(3, "minimal 3 pilihan")
    .max(7, "maksimal 7 pilihan")
    .refine(
      (options) => options.some((o) => o.correct),
      "minimal satu pilihan harus benar",
    )
    .refine(
      (options) => options.some((o) => !o.correct),
      "minimal satu pilihan harus salah",
    ),
});

/** A statement judged true or false. */
export const trueFalseSchema = z.object({
  ...questionBase,
  type: z.literal("true-false"),
  /** Whether the statement in `stem` is true. */
  answer: z.boolean(),
});

const uniqueTexts = (texts: string[]) => new Set(texts).size === texts.length;

/** Steps to put in order; `items` is written in the correct order (3..8). */
export const orderingSchema = z.object({
  ...questionBase,
  type: z.literal("ordering"),
  items: z
    .array(z.string().min(1))
    .min(3, "minimal 3 langkah")
    .max(8, "maksimal 8 langkah")
    .refine(uniqueTexts, "setiap langkah harus berbeda"),
});

/** Pairs to match: each `left` (premise) with its `right` (response), 3..8 pairs. */
export const matchingSchema = z.object({
  ...questionBase,
  type: z.literal("matching"),
  pairs: z
    .array(z.object({ left: z.string().min(1), right: z.string().min(1) }))
    .min(3, "minimal 3 pasangan")
    .max(8, "maksimal 8 pasangan")
    .refine(
      (pairs) => uniqueTexts(pairs.map((p) => p.left)),
      "setiap premis (left) harus berbeda",
    )
    .refine(
      (pairs) => uniqueTexts(pairs.map((p) => p.right)),
      "setiap jawaban (right) harus berbeda",
    ),
  /** Extra responses that match no premise. */
  distractors: z.array(z.string().min(1)).max(4).default([]),
});

/** Items to sort into groups; every item names one of `categories`. */
export const categorizationSchema = z
  .object({
    ...questionBase,
    type: z.literal("categorization"),
    categories: z
      .array(z.string().min(1))
      .min(2, "minimal 2 kelompok")
      .max(5, "maksimal 5 kelompok")
      .refine(uniqueTexts, "setiap kelompok harus berbeda"),
    items: z
      .array(z.object({ text: z.string().min(1), category: z.string().min(1) }))
      .min(3, "minimal 3 butir")
      .max(10, "maksimal 10 butir")
      .refine(
        (items) => uniqueTexts(items.map((i) => i.text)),
        "setiap butir harus berbeda",
      ),
  })
  .superRefine((q, ctx) => {
    q.items.forEach((item, i) => {
      if (!q.categories.includes(item.category))
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "category"],
          message: `kelompok "${item.category}" tidak ada di categories`,
        });
    });
  });

/** A short typed answer; any of `answers` is accepted (case, spaces and punctuation ignored). */
export const shortAnswerSchema = z.object({
  ...questionBase,
  type: z.literal("short-answer"),
  answers: z.array(z.string().min(1)).min(1, "minimal 1 jawaban yang diterima"),
});

/** Any question of the bank, discriminated by `type`. */
export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleResponseSchema,
  trueFalseSchema,
  orderingSchema,
  matchingSchema,
  categorizationSchema,
  shortAnswerSchema,
]);

/** One glossary term (`content/glossary.yaml`). */
export const glossaryEntrySchema = z.object({
  /** Anchor on the glossary page and the id used by `<Term id>`. */
  id: idSchema,
  /** The Indonesian term as written in a sentence. */
  term: z.string().min(2),
  /** The English term used in the literature. */
  english: z.string().min(2),
  /** Definition in plain Indonesian. */
  definition: z.string().min(30, "definisi terlalu pendek"),
  /** Ids from `content/references.yaml`. */
  sources: z.array(idSchema).min(1, "minimal 1 sumber"),
  /** Ids of related glossary terms. */
  related: z.array(idSchema).default([]),
});

/** One reference (`content/references.yaml`). */
export const referenceSchema = z.object({
  id: idSchema,
  /** Full citation as printed in the bibliography. */
  citation: z.string().min(10),
  /** What the course takes from it, or a caveat. */
  note: z.string().optional(),
  /** H primary text seen; M secondary sources; L unverified. */
  confidence: z.enum(["H", "M", "L"]),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type QuestionData = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Reference = z.infer<typeof referenceSchema>;
