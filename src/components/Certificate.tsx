/**
 * Certificate of completion (`/kemajuan/sertifikat/`), made in the browser
 * from this device's progress: available once every lesson is marked
 * complete, with the name the learner types and today's date, ready to
 * print or save as PDF. Nothing is sent anywhere.
 */
import { useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress.ts";
import { lessonMastery } from "../lib/progress/mastery.ts";
import { formatDate, t } from "../i18n/t.ts";
import { useHydrated } from "./useHydrated.ts";

export interface CertificateProps {
  lessons: { slug: string; title: string; href: string; bankIds: string[] }[];
}

export default function Certificate({ lessons }: CertificateProps) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [name, setName] = useState("");
  if (!hydrated) return <p>…</p>;
  const open = lessons.filter(
    (l) => progress.lessons[l.slug]?.completedAt === undefined,
  );
  if (open.length > 0)
    return (
      <div>
        <p>{t("cert.notYet", { n: open.length })}</p>
        <ul>
          {open.map((l) => (
            <li key={l.slug}>
              <a href={l.href}>{l.title}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  const mastered = lessons.filter(
    (l) => lessonMastery(progress.log, l.bankIds).state === "mastered",
  ).length;
  return (
    <div>
      <p class="no-print certificate-form">
        <label for="nama-sertifikat">{t("cert.name")}</label>{" "}
        <input
          id="nama-sertifikat"
          type="text"
          autocomplete="name"
          maxLength={120}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />{" "}
        <button
          type="button"
          class="button button-primary"
          disabled={name.trim() === ""}
          aria-describedby="nama-sertifikat-syarat"
          onClick={() => window.print()}
        >
          {t("cert.print")}
        </button>
      </p>
      <p id="nama-sertifikat-syarat" class="no-print field-hint">
        {t("cert.nameFirst")}
      </p>
      <article class="certificate" aria-labelledby="judul-sertifikat">
        <p class="certificate-course">{t("site.name")}</p>
        <h2 id="judul-sertifikat">{t("cert.heading")}</h2>
        <p>{t("cert.given")}</p>
        <p class="certificate-name">
          {name.trim() || t("cert.namePlaceholder")}
        </p>
        <p>{t("cert.body", { n: lessons.length })}</p>
        <p>{t("cert.mastered", { n: mastered, total: lessons.length })}</p>
        <p>{t("cert.date", { date: formatDate(Date.now()) })}</p>
        <p class="certificate-note">{t("cert.note")}</p>
      </article>
    </div>
  );
}
