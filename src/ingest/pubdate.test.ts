import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDate } from "./dateforms.js";
import { dateFromBody, dateFromValue, datelineDate, findStamp } from "./pubdate.js";

const forms: [string, string, string | null][] = [
  ["ISO date", "2023-06-19", "2023-06-19"],
  ["ISO with time and zone: the date as written", "2023-06-19T23:30:00-05:00", "2023-06-19"],
  ["ISO with Z after midnight stays that day", "2023-06-20T00:15:00Z", "2023-06-20"],
  ["slashed year first", "2023/06/19", "2023-06-19"],
  ["Month D, YYYY", "June 19, 2023", "2023-06-19"],
  ["D Month YYYY", "19 June 2023", "2023-06-19"],
  ["Mon D YYYY", "Jun 19 2023", "2023-06-19"],
  ["abbreviation with a dot", "Sept. 7, 2023", "2023-09-07"],
  ["weekday prefix", "Monday, June 19th, 2023", "2023-06-19"],
  ["US numeric order", "06/19/2023", "2023-06-19"],
  ["US order is the default when ambiguous", "03/04/2023", "2023-03-04"],
  ["day first when the first number cannot be a month", "19/06/2023", "2023-06-19"],
  ["dotted European", "19.06.2023", "2023-06-19"],
  ["RFC 822", "Mon, 19 Jun 2023 08:00:00 GMT", "2023-06-19"],
  ["hyphenated stamp form", "18:03, 01-Oct-2021", "2021-10-01"],
  ["ordinal with comma", "2nd Jan, 2023", "2023-01-02"],
  ["CJK form", "2023年6月19日", "2023-06-19"],
  ["leap day in a leap year", "2024-02-29", "2024-02-29"],
  ["no Feb 30", "2023-02-30", null],
  ["no Feb 29 in a common year", "February 29, 2023", null],
  ["no month 13", "2023-13-01", null],
  ["the earliest date in the string wins", "June 19, 2023 (updated 2023-06-20)", "2023-06-19"],
  ["a relative word is no date", "yesterday", null],
  ["a year alone is no date", "in 2023", null],
];

for (const [name, input, expected] of forms) {
  test(`parseDate: ${name}`, () => assert.equal(parseDate(input), expected));
}

test("dateFromValue: numbers are epoch seconds or milliseconds (UTC)", () => {
  assert.deepEqual(dateFromValue(1687161600, "json"), { date: "2023-06-19", source: "json" });
  assert.deepEqual(dateFromValue(1687161600000, "json"), { date: "2023-06-19", source: "json" });
  assert.equal(dateFromValue(undefined, "json"), null);
  assert.equal(dateFromValue({ when: "2023" }, "json"), null);
});

const stamps: [string, string[], string | null][] = [
  ["Updated with time first", ["Updated 18:03, 01-Oct-2021"], "2021-10-01"],
  ["Published:", ["Published: 19 June 2023"], "2023-06-19"],
  ["Posted on", ["Posted on June 19, 2023"], "2023-06-19"],
  ["Last updated with time", ["Last updated: 2023-06-19 10:02"], "2023-06-19"],
  ["after a byline separator", ["By Li Wei | Published June 19, 2023"], "2023-06-19"],
  ["a line holding only a date and time", ["Monday, June 19, 2023 10:02 GMT"], "2023-06-19"],
  ["published wins over updated", ["Updated: 2023-06-20", "Published: 2023-06-19"], "2023-06-19"],
  ["a sentence mentioning a date is no stamp", ["Talks were held on June 19, 2023 in Beijing."], null],
  ["a long line is no stamp", [`Published ${"x".repeat(200)} 2023-06-19`], null],
];

for (const [name, lines, expected] of stamps) {
  test(`findStamp: ${name}`, () => assert.equal(findStamp(lines), expected));
}

const datelines: [string, string, string | null][] = [
  ["with a year", "WASHINGTON, Oct 27, 2023 (Capital Wire) - Wang Yi met", "2023-10-27"],
  [
    "year only in the parenthetical",
    "BEIJING, Jan 2 (UrduPoint / Pakistan Point News - 2nd Jan, 2023 ) :Before",
    "2023-01-02",
  ],
  ["no year: no date", "BEIJING, June 19 (Xinhua) -- Chinese Foreign Minister", null],
  ["two-word place, year, dash", "NEW YORK, January 8, 2024 — Liu Jianchao said", "2024-01-08"],
  ["title-case place", "Hong Kong, Nov. 3, 2023 (Wire) - Officials", "2023-11-03"],
  ["a sentence is no dateline", "the talks, June 19, 2023 was the day", null],
  ["neither agency nor separator: no dateline", "BEIJING, June 19, 2023 was warm", null],
  ["an impossible date", "BEIJING, Feb 30, 2023 (Xinhua) -", null],
];

for (const [name, line, expected] of datelines) {
  test(`datelineDate: ${name}`, () => assert.equal(datelineDate(line), expected));
}

const bodies: [string, string, ReturnType<typeof dateFromBody>][] = [
  [
    "a stamp under the title",
    "Exclusive: envoy speaks\nUpdated 18:03, 01-Oct-2021\n\nChina and the US…",
    { date: "2021-10-01", source: "stamp" },
  ],
  [
    "a dated dateline",
    "BEIJING, Jan 2 (News - 2nd Jan, 2023 ) :Before flying out",
    { date: "2023-01-02", source: "dateline" },
  ],
  ["a yearless dateline gives nothing", "BEIJING, June 19 (Xinhua) -- Talks went on.", null],
  ["a stamp below the fifth line is not read", "a\nb\nc\nd\ne\nPublished: 19 June 2023", null],
  ["no date anywhere", "Wang Yi held two rounds of talks with Blinken.", null],
];

for (const [name, body, expected] of bodies) {
  test(`dateFromBody: ${name}`, () => assert.deepEqual(dateFromBody(body), expected));
}
