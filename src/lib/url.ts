/**
 * Site URLs under a base path. Pure: the base is a parameter (pages and islands
 * pass `import.meta.env.BASE_URL`).
 */

/**
 * Join a base path and a site path.
 * @param base the site's base path, e.g. "/" or "/kursus/" (with or without trailing slash).
 * @param path a path inside the site, e.g. "modul/pengantar/" or "/glosarium/#kelayan".
 * @example joinBase("/kursus/", "/modul/pengantar/") // "/kursus/modul/pengantar/"
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  return head + path.replace(/^\/+/, "");
}
