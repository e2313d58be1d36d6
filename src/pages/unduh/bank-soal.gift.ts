/**
 * The question bank as a Moodle GIFT file, for lecturers who import it into a
 * campus LMS. Built once at build time and served at `<base>unduh/bank-soal.gift`
 * (an endpoint with a file extension gets no trailing slash). Ordering and
 * categorization questions cannot be written in GIFT: the file names them in
 * its opening comment lines.
 */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { toGift } from "../../lib/export/gift.ts";

/** Written to `dist/` at build time, like every page of the site. */
export const prerender = true;

/** The category path in the LMS; each lesson becomes a sub-category of it. */
const CATEGORY_PREFIX = "Intervensi Pekerjaan Sosial";

/** The whole bank as GIFT text (`text/plain; charset=utf-8`). */
export const GET: APIRoute = async () => {
  const questions = (await getCollection("questions")).map(
    (entry) => entry.data,
  );
  const { text } = toGift(questions, { categoryPrefix: CATEGORY_PREFIX });
  return new Response(text, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
