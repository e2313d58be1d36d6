/** Client side of `client:focus`: hydrate on the first focusin. */
import type { ClientDirective } from "astro";

const focusDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    el.removeEventListener("focusin", start);
    const hydrate = await load();
    await hydrate();
  };
  el.addEventListener("focusin", start);
};

export default focusDirective;
