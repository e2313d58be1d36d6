import { describe, expect, it } from "vitest";
import encodeQR from "qr";
import { decodeQR } from "qr/decode.js";
import {
  assignmentUrl,
  encodeAssignment,
} from "../../../src/lib/assignment/link.ts";
import type { Assignment } from "../../../src/lib/assignment/models.ts";

/** The QR matrix as an RGBA image, `scale` pixels a module, with a 4-module quiet zone. */
function image(matrix: boolean[][], scale = 3) {
  const size = (matrix.length + 8) * scale;
  const data = new Uint8Array(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const p = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          data[p] = data[p + 1] = data[p + 2] = 0;
        }
    }),
  );
  return { width: size, height: size, data };
}

describe("the QR code of an assignment link", () => {
  it("reads back as the whole link for a long assignment (40 chosen questions)", () => {
    const a: Assignment = {
      title: "Tugas akhir semester: intervensi mikro dan makro",
      className: "PS 3B Poltekesos Bandung",
      due: "2026-12-18",
      lessons: [
        "pengantar",
        "pengertian-intervensi",
        "tahapan-pertolongan",
        "prinsip-intervensi",
      ],
      cases: ["desa-banjir", "pengemis-k", "lansia-telantar-a"],
      quiz: {
        kind: "chosen",
        ids: Array.from(
          { length: 40 },
          (_, i) => `tahapan-pertolongan-${String(i + 1).padStart(2, "0")}`,
        ),
      },
      minScore: 0.75,
    };
    const url = assignmentUrl(
      "https://elearning.poltekesos.ac.id",
      "/kursus-intervensi/",
      encodeAssignment(a),
    );
    const matrix = encodeQR(url, "raw", { ecc: "medium" });
    expect(decodeQR(image(matrix))).toBe(url);
  });
});
