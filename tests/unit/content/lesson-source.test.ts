import { describe, expect, it } from "vitest";
import { findQuizBlocks } from "../../../src/lib/content/lesson-source.ts";
import {
  embeddedQuestionIds,
  testQuestionIds,
} from "../../../src/lib/content/course.ts";

const BODY = `
## Bagian

<Quiz ids={["a-01", "a-02"]} />

## Cek pemahaman

<Quiz
  ids={[
    "a-03",
    "a-04",
  ]}
  test
/>
`;

describe("quiz blocks in a lesson", () => {
  it("finds each block with its ids and tells the module test apart", () => {
    expect(
      findQuizBlocks(BODY).map(({ ids, test }) => ({ ids, test })),
    ).toEqual([
      { ids: ["a-01", "a-02"], test: false },
      { ids: ["a-03", "a-04"], test: true },
    ]);
  });

  it("counts the test's questions among the lesson's, and lists them apart", () => {
    expect(embeddedQuestionIds(BODY)).toEqual(["a-01", "a-02", "a-03", "a-04"]);
    expect(testQuestionIds(BODY)).toEqual(["a-03", "a-04"]);
  });

  it("does not take an id or a word containing “test” for the flag", () => {
    const body = `<Quiz ids={["test-01"]} />\n<Quiz ids={["b"]} data-latest />`;
    expect(findQuizBlocks(body).map((b) => b.test)).toEqual([false, false]);
    expect(testQuestionIds(body)).toEqual([]);
  });

  it("gives no test for a lesson without one", () => {
    expect(testQuestionIds(`<Quiz ids={["x"]} />`)).toEqual([]);
  });
});
