/**
 * Tells the learner when stored progress could not be used as it was, or is
 * not being saved. Rendered inside islands that show progress.
 */
import { useStore } from "@nanostores/preact";
import { $progressNotice } from "../stores/progress.ts";
import { $storageHealth } from "../stores/storage.ts";
import { t } from "../i18n/t.ts";

export default function ProgressNotice() {
  const notice = useStore($progressNotice);
  const health = useStore($storageHealth);
  const messages: string[] = [];
  if (notice?.kind === "kept-aside")
    messages.push(
      notice.dropped > 0
        ? t("notice.salvaged", { count: notice.dropped })
        : t("notice.keptAside"),
    );
  if (notice?.kind === "newer-version") messages.push(t("notice.newerVersion"));
  if (notice?.kind === "aside-failed") messages.push(t("notice.asideFailed"));
  // "aside-failed" already says nothing is being saved.
  if (health === "not-saving" && notice?.kind !== "aside-failed")
    messages.push(t("notice.notSaving"));
  return (
    <div role="alert" class="notice-area">
      {messages.map((message) => (
        <p class="notice" key={message}>
          {message}
        </p>
      ))}
    </div>
  );
}
