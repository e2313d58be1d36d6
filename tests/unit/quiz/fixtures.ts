/** Small questions of every type, shared by the quiz tests. */
import type { Question, QuestionOf } from "../../../src/lib/quiz/models.ts";

const base = {
  lesson: "tahapan-pertolongan",
  section: "asesmen",
  difficulty: 2 as const,
  tags: [],
  stem: "Pertanyaan contoh untuk pengujian.",
  explanation: "Penjelasan contoh yang cukup panjang untuk lolos skema soal.",
  sources: [],
};

export const ordering: QuestionOf<"ordering"> = {
  ...base,
  id: "uji-urutan",
  type: "ordering",
  items: ["Engagement", "Asesmen", "Perencanaan", "Intervensi", "Terminasi"],
};

export const matching: QuestionOf<"matching"> = {
  ...base,
  id: "uji-jodoh",
  type: "matching",
  pairs: [
    { left: "Broker", right: "Menghubungkan dengan sistem sumber" },
    { left: "Mediator", right: "Menengahi pihak yang berselisih" },
    { left: "Advokat", right: "Membela hak kelayan" },
  ],
  distractors: ["Mengobati penyakit"],
};

export const categorization: QuestionOf<"categorization"> = {
  ...base,
  id: "uji-kelompok",
  type: "categorization",
  categories: ["Informal", "Formal", "Kemasyarakatan"],
  items: [
    { text: "Tetangga", category: "Informal" },
    { text: "Koperasi", category: "Formal" },
    { text: "Puskesmas", category: "Kemasyarakatan" },
    { text: "Keluarga", category: "Informal" },
  ],
};

export const shortAnswer: QuestionOf<"short-answer"> = {
  ...base,
  id: "uji-isian",
  type: "short-answer",
  answers: ["keberfungsian sosial", "social functioning"],
};

export const single: QuestionOf<"single-choice"> = {
  ...base,
  id: "uji-tunggal",
  type: "single-choice",
  options: [
    { text: "A", correct: false },
    { text: "B", correct: true },
    { text: "C", correct: false },
    { text: "D", correct: false },
  ],
};

export const everyType: Question[] = [
  ordering,
  matching,
  categorization,
  shortAnswer,
  single,
];
