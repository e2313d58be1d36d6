/**
 * Registers the service worker (`<base>sw.js`, built by
 * src/integrations/service-worker.ts) with workbox-window, scoped to the base
 * path. When a new version has installed and waits, the prompt
 * `#versi-baru` appears ("Versi baru tersedia — muat ulang"); its button lets
 * the new worker take over and reloads the page once it has. Nothing happens
 * where service workers are unavailable.
 */
import { Workbox } from "workbox-window";

const base = import.meta.env.BASE_URL.endsWith("/")
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

if ("serviceWorker" in navigator) {
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  const prompt = document.getElementById("versi-baru");
  const button = prompt?.querySelector("button");
  workbox.addEventListener("waiting", () => {
    if (!prompt || !button) return;
    prompt.hidden = false;
    button.addEventListener(
      "click",
      () => {
        button.disabled = true;
        workbox.addEventListener("controlling", () => window.location.reload());
        workbox.messageSkipWaiting();
      },
      { once: true },
    );
  });
  void workbox.register();
}
