/**
 * Registers the service worker (`<base>sw.js`, built by
 * src/integrations/service-worker.ts), scoped to the base path, once the page
 * has loaded. When a new version has installed and waits, the prompt
 * `#versi-baru` appears ("Versi baru tersedia — muat ulang"); its button sends
 * the waiting worker Workbox's `{ type: "SKIP_WAITING" }` message and reloads
 * the page once the new worker controls it. Nothing happens where service
 * workers are unavailable.
 *
 * Written on the browser's own API rather than workbox-window: this runs on
 * every page, and the ~20 lines below do what that library's 2 KB gzip did
 * here (the lifecycle pattern is the one in web.dev's "The service worker
 * lifecycle" and Workbox's "Offer a page reload for users" recipe).
 */
const base = import.meta.env.BASE_URL.endsWith("/")
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** Show the prompt for a worker that has installed and waits. */
function offer(worker: ServiceWorker): void {
  const prompt = document.getElementById("versi-baru");
  const button = prompt?.querySelector("button");
  if (!prompt || !button) return;
  prompt.hidden = false;
  button.addEventListener(
    "click",
    () => {
      button.disabled = true;
      navigator.serviceWorker.addEventListener(
        "controllerchange",
        () => window.location.reload(),
        { once: true },
      );
      worker.postMessage({ type: "SKIP_WAITING" });
    },
    { once: true },
  );
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, {
    scope: base,
  });
  // A first install has no controller: nothing old to replace, no prompt.
  if (registration.waiting && navigator.serviceWorker.controller)
    offer(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller)
        offer(worker);
    });
  });
}

if ("serviceWorker" in navigator) {
  const start = () => void register().catch(() => undefined);
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
