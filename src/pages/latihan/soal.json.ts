/**
 * `<base>latihan/soal.json`: the whole question bank with section links, fetched
 * by the practice page when a session starts (so the page itself stays small).
 */
import type { APIRoute } from "astro";
import { questionBank, withSectionLinks } from "../../layouts/questions.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await withSectionLinks(await questionBank())), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
