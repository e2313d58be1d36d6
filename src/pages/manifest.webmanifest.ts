/**
 * `<base>manifest.webmanifest`: the web app manifest (installable, opens at
 * the course home). Every URL in it starts with the base path.
 */
import type { APIRoute } from "astro";
import { href } from "../components/paths.ts";
import { t } from "../i18n/t.ts";

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: t("site.name"),
      short_name: t("site.shortName"),
      description: t("site.tagline"),
      lang: "id",
      dir: "ltr",
      start_url: href(""),
      scope: href(""),
      display: "standalone",
      background_color: "#fbfaf7",
      theme_color: "#0f5c4d",
      icons: [
        { src: href("favicon.svg"), sizes: "any", type: "image/svg+xml" },
        { src: href("ikon-192.png"), sizes: "192x192", type: "image/png" },
        { src: href("ikon-512.png"), sizes: "512x512", type: "image/png" },
        {
          src: href("ikon-512-maskable.png"),
          sizes: "512x512",
          type: "image/png",
          purpose: "maskable",
        },
      ],
    }),
    { headers: { "content-type": "application/manifest+json" } },
  );
