/** A small course catalogue and assignments shared by the assignment tests. */
import type {
  Assignment,
  Catalog,
} from "../../../src/lib/assignment/models.ts";

const ids = (lesson: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${lesson}-${String(i + 1).padStart(2, "0")}`,
  );

export const catalog: Catalog = {
  lessons: [
    { slug: "pengantar", title: "Pengantar", order: 1 },
    { slug: "prinsip-intervensi", title: "Prinsip intervensi", order: 2 },
    { slug: "tahapan-pertolongan", title: "Tahapan pertolongan", order: 3 },
  ],
  cases: [
    {
      id: "desa-banjir",
      title: "Desa di bantaran sungai",
      endings: [
        { id: "d-baik", kind: "baik" },
        { id: "d-sedang", kind: "sedang" },
        { id: "d-buruk", kind: "buruk" },
      ],
    },
    {
      id: "pengemis-k",
      title: "Pak K di perempatan",
      endings: [{ id: "k-baik", kind: "baik" }],
    },
  ],
  questions: {
    pengantar: ids("pengantar", 8),
    "prinsip-intervensi": ids("prinsip-intervensi", 6),
    "tahapan-pertolongan": ids("tahapan-pertolongan", 10),
  },
};

/** An assignment with every kind of item and a chosen quiz. */
export const chosen: Assignment = {
  title: "Tugas minggu 3",
  className: "PS 2A",
  due: "2026-06-30",
  lessons: ["pengantar", "prinsip-intervensi"],
  cases: ["desa-banjir"],
  quiz: {
    kind: "chosen",
    ids: ["pengantar-01", "pengantar-02", "prinsip-intervensi-03"],
  },
  minScore: 0.7,
};

/** An assignment whose quiz is a seeded draw. */
export const random: Assignment = {
  title: "",
  className: "Kelas B — Angkatan 2025",
  due: "2026-07-01",
  lessons: ["tahapan-pertolongan"],
  cases: [],
  quiz: {
    kind: "random",
    lessons: ["pengantar", "tahapan-pertolongan"],
    n: 10,
    seed: "abc123",
  },
  minScore: 0.6,
};
