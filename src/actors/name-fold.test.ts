import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { foldWords, type Tradition, traditionOf } from "./name-fold.js";

describe("foldWords: one key for the usual spellings of a name, by tradition", () => {
  // biome-ignore format: one case per line reads as a table
  const same: [string, string, string, Tradition][] = [
    ["a silent h", "Anthony Blinken", "Antony Blinken", "western"],
    ["y and i beside a vowel or at the end", "Sergey Shoygu", "Sergei Shoigu", "western"],
    ["a doubled y", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "western"],
    ["doubled letters", "Recep Tayip Erdogan", "Recep Tayyip Erdoğan", "western"],
    ["w and v", "Wladimir Putin", "Vladimir Putin", "western"],
    ["ph and f, c and k", "Katherine Ashton", "Catherine Ashton", "western"],
    ["ch and c", "Nicholas Sarkozy", "Nicolas Sarkozy", "western"],
    ["ks and x", "Aleksei Navalny", "Alexei Navalny", "western"],
    ["ou and u", "Musa Faki", "Moussa Faki", "western"],
    ["letters without a separable accent", "Binali Yildirim", "Binali Yıldırım", "western"],
    ["w and v in pinyin", "Vang Yi", "Wang Yi", "syllabic"],
    ["oo and u in Korean", "Mun Jae-in", "Moon Jae-in", "korean"],
    ["ou and eo in Korean", "Kim Tae-young", "Kim Tae-yeong", "korean"],
    ["Japanese long vowels", "Yohei Kohno", "Yohei Kono", "japanese"],
    ["a Japanese long vowel written ou", "Taro Kouno", "Taro Kono", "japanese"],
  ];
  for (const [behaviour, a, b, tradition] of same) {
    test(`same: ${behaviour}`, () => assert.deepEqual(foldWords(a, tradition), foldWords(b, tradition)));
  }

  // biome-ignore format: one case per line reads as a table
  const apart: [string, string, string, Tradition][] = [
    ["y between consonants: Smyth is not Smith", "Stephen Smyth", "Stephen Smith", "western"],
    ["pinyin ch and c are other names", "Chen Gang", "Cen Gang", "syllabic"],
    ["pinyin ou and u are other names", "Zhou Yongkang", "Zhu Yongkang", "syllabic"],
    ["pinyin n and ng are other names", "Qing Gang", "Qin Gang", "syllabic"],
    ["Korean yong is not young", "Kim Tae-yong", "Kim Tae-young", "korean"],
  ];
  for (const [behaviour, a, b, tradition] of apart) {
    test(`apart: ${behaviour}`, () => assert.notDeepEqual(foldWords(a, tradition), foldWords(b, tradition)));
  }

  test("the tradition follows the person's country", () => {
    assert.deepEqual(["CHN", "VNM", "KOR", "JPN", "RUS", null].map(traditionOf), [
      "syllabic",
      "syllabic",
      "korean",
      "japanese",
      "western",
      "western",
    ]);
  });
});
