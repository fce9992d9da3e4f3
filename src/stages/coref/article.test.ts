import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../analyze.js";

// An invented article: a visit, a joint statement, direct and reported speech, and references back.
const ARTICLE = [
  "South Korean Foreign Minister Park Jin hosted Japanese Foreign Minister Yoshimasa Hayashi in Seoul on Monday for talks on export controls.",
  "",
  "The two sides agreed to restore each other to their lists of trusted trading partners, according to a joint statement.",
  "",
  '"We have turned a page," Park told reporters after the meeting. He said that Seoul would keep raising the question of wartime labour.',
  "",
  "Hayashi said the Japanese side valued the progress. The minister wrote on Twitter: Candid and forward-looking talks with my Korean counterpart today.",
  "",
  "The ministry in Tokyo said in a statement that a leaders' summit could follow in the autumn.",
].join("\n");

describe("coref and quotes through analyze()", () => {
  const record = analyze(ARTICLE, { publishedAt: "2023-06-20" });

  test("every reference points back at who it means", () => {
    assert.deepEqual(
      record.coref?.map((c) => [c.text, c.kind, c.antecedents.map((a) => a.actor_id)]),
      [
        ["The two sides", "group", ["KOR", "JPN"]],
        ["He", "pronoun", ["p:park-jin"]],
        ["the Japanese side", "side", ["JPN"]],
        ["The minister", "description", ["p:yoshimasa-hayashi"]],
        ["The ministry", "description", []],
      ],
    );
  });

  test("direct and reported speech, each with its speaker", () => {
    assert.deepEqual(
      record.quotes.map((q) => [q.kind, q.text, q.speaker?.actor_id ?? null, q.speaker?.name ?? null]),
      [
        [
          "reported",
          "The two sides agreed to restore each other to their lists of trusted trading partners",
          null,
          null,
        ],
        ["direct", "We have turned a page,", "p:park-jin", "Park Jin"],
        ["reported", "Seoul would keep raising the question of wartime labour", "p:park-jin", "Park Jin"],
        ["reported", "the Japanese side valued the progress", "p:yoshimasa-hayashi", "Yoshimasa Hayashi"],
        [
          "reported",
          "Candid and forward-looking talks with my Korean counterpart today",
          "p:yoshimasa-hayashi",
          "Yoshimasa Hayashi",
        ],
        ["reported", "a leaders' summit could follow in the autumn", null, "The ministry"],
      ],
    );
    for (const q of record.quotes) assert.equal(ARTICLE.slice(q.start, q.end), q.text);
  });

  test("'the two sides' act together in the agreement", () => {
    const agree = record.events.find((e) => e.event_type === "AGREE");
    assert.deepEqual(
      agree?.actors.map((a) => a.actor_id),
      ["KOR", "JPN"],
    );
  });
});
