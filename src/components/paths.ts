/** Links inside the site, carrying the base path the site was built with. */
import { joinBase } from "../lib/url.ts";

/** A path inside the site, prefixed with the build's base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The page of a lesson, optionally at a section anchor. */
export function lessonHref(slug: string, section?: string): string {
  return href(`modul/${slug}/${section ? `#${section}` : ""}`);
}

/** The module test page of a lesson (`<Quiz ids={[...]} test />`). */
export function lessonTestHref(slug: string): string {
  return href(`modul/${slug}/uji/`);
}
