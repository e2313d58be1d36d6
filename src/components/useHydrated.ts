/**
 * Hydration guard for islands that show stored state: the server HTML and the
 * first client render show a neutral state; stored state appears right after
 * hydration, so the two never mismatch.
 */
import { useEffect, useState } from "preact/hooks";

/** False during server rendering and the hydrating render, true afterwards. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
