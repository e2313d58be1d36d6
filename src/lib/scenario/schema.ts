/**
 * Zod schema of a case simulation (`content/scenarios/*.yaml`): nodes of a
 * branching case, each in a stage of the helping process, with choices whose
 * consequences change named variables, and endings with a debrief.
 * Messages are Indonesian: lecturers who edit `content/` read them.
 */
import { z } from "astro/zod";
import { idSchema } from "../content/schemas.ts";

export { QUALITY_POINTS, STAGES, type Stage } from "./stages.ts";
import { STAGES } from "./stages.ts";

/** Bounds on variables: `{ kepercayaan: { min: 3 } }` holds when kepercayaan is at least 3. */
export const conditionSchema = z.record(
  idSchema,
  z.object({ min: z.number().optional(), max: z.number().optional() }),
);

/** One choice at a decision point. */
export const choiceSchema = z.object({
  /** What the worker does, in the first person or as an action. */
  text: z.string().min(5),
  /** baik, cukup or lemah: the points it earns for its stage. */
  quality: z.enum(["baik", "cukup", "lemah"]),
  /** Changes to variables, e.g. `{ kepercayaan: 2, keberfungsian: -1 }`. */
  effects: z.record(idSchema, z.number()).default({}),
  /** The principle, approach or theory at stake (a glossary id), honoured or broken. */
  principle: z.object({ term: idSchema, honoured: z.boolean() }).optional(),
  /** Feedback shown after the choice: what happened and why. */
  feedback: z.string().min(20),
  /** For a cukup or lemah choice: what a strong practitioner would have done. */
  better: z.string().min(20).optional(),
  /** The lesson section that teaches what is at stake. */
  link: z.object({ lesson: idSchema, section: idSchema }),
  /** Show this choice only when the variables meet these bounds. */
  when: conditionSchema.optional(),
  /** Next node: an id, or branches tried in order (the last one without `when`). */
  next: z.union([
    idSchema,
    z
      .array(z.object({ when: conditionSchema.optional(), to: idSchema }))
      .min(1),
  ]),
});

/** A node: a decision point, or an ending. */
export const nodeSchema = z.object({
  id: idSchema,
  stage: z.enum(STAGES),
  /** What happens at this point of the case. */
  narrative: z.string().min(20),
  /** The choices of a decision point (absent at an ending). */
  choices: z.array(choiceSchema).min(2).optional(),
  /** An ending: good, mixed or poor, with its debrief. */
  ending: z
    .object({
      kind: z.enum(["baik", "sedang", "buruk"]),
      title: z.string().min(3),
      debrief: z.string().min(40),
    })
    .optional(),
});

/** A named variable that choices change. */
export const variableSchema = z.object({
  id: idSchema,
  label: z.string().min(3),
  initial: z.number().default(0),
  min: z.number().default(0),
  max: z.number().default(10),
});

/** A whole case simulation. */
export const scenarioSchema = z.object({
  id: idSchema,
  title: z.string().min(5),
  /** One or two sentences for the list of cases. */
  summary: z.string().min(20),
  /** Lessons the case practises (slugs). */
  lessons: z.array(idSchema).min(1),
  /** Order among the cases. */
  order: z.number().int().min(1),
  variables: z.array(variableSchema).min(1),
  start: idSchema,
  nodes: z.array(nodeSchema).min(3),
});

export type ScenarioData = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type ScenarioChoice = z.infer<typeof choiceSchema>;
export type Condition = z.infer<typeof conditionSchema>;
