/**
 * Astro integration adding `client:focus`: an island hydrates the first time
 * focus enters it (a click or Tab into its input). Until then its page ships no island code for it.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

declare module "astro" {
  interface AstroClientDirectives {
    "client:focus"?: boolean;
  }
}

/** The integration. */
export function focusDirective(): AstroIntegration {
  return {
    name: "kursus:client-focus",
    hooks: {
      "astro:config:setup": ({ addClientDirective }) => {
        addClientDirective({
          name: "focus",
          entrypoint: fileURLToPath(
            new URL("./focus-directive-client.ts", import.meta.url),
          ),
        });
      },
    },
  };
}
