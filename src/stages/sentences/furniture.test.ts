import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { furnitureRule, isLinkTitle, isShoutedHeading } from "./furniture.js";

// [rule, lines it covers, prose it must leave alone]
// biome-ignore format: one rule per entry reads as a table
const RULES: [rule: string, furniture: string[], prose: string[]][] = [
  ["furniture.read-more", ["Read more:", "READ MORE: China warns Japan over Taiwan remarks", "See also", "Most read"], ["Read more carefully, the treaty bans all such tests."]],
  ["furniture.related", ["Related:", "Related stories", "Related coverage: Blinken in Beijing"], ["Related talks in Vienna ended without a deal.", "Related to the talks, a second track opened."]],
  ["furniture.search-trends", ["Search Trends", "Trending searches:"], ["Search teams found the wreckage on Monday."]],
  ["furniture.advertisement", ["Advertisement", "Story continues below advertisement", "ADVERTISEMENT"], ["Advertisement spending by state media rose sharply."]],
  ["furniture.share", ["Share this article", "Share on WhatsApp", "Share", "Facebook Twitter Email"], ["Share prices in Shanghai fell 2% on Monday.", "Shares in Huawei suppliers rose."]],
  ["furniture.newsletter", ["Sign up for our newsletter", "Subscribe to our daily briefing and get the news in your inbox."], ["Subscribers in Hong Kong lost access to the service.", "Sign up to the pact was slow, officials said."]],
  ["furniture.follow", ["Follow us on X", "Follow Harbourline News on WhatsApp"], ["Follow-up talks are planned for Friday.", "Follow the money, the senator told reporters."]],
  ["furniture.copyright", ["Copyright 2024 Harbourline News.", "© 2023 The Strait Observer", "All rights reserved."], ["Copyright disputes dominated the trade talks."]],
  ["furniture.caption", ["(Photo: Wang Yi in Moscow)", "(Cover: The two ministers shake hands /CMG)", "Photo: Reuters", "File photo: Blinken in Beijing", "Xi Jinping meets Antony Blinken in Beijing, June 19, 2023. /Xinhua", "Protesters outside the embassy. Photo by Jane Doe/AFP"], ["Photographs showed the balloon over Montana.", "Pictures of the meeting were released by Xinhua.", "Sources said the talks would resume."]],
  ["furniture.click-here", ["Click here to read the full statement", "Click here for live updates"], ["Clicking through the slides, the general explained the plan."]],
  ["furniture.byline", ["By Jane Doe, Staff Reporter", "By Jane Doe and John Roe in Beijing", "BY LIN WEI", "Reporting by Jane Doe; Editing by John Roe"], ["By Tuesday, the talks had collapsed.", "By contrast, Beijing said nothing.", "By Monday Beijing had recalled its envoy"]],
];

describe("furnitureRule", () => {
  for (const [rule, furniture, prose] of RULES) {
    describe(rule, () => {
      for (const line of furniture) it(`covers "${line}"`, () => assert.equal(furnitureRule(line)?.id, rule));
      for (const line of prose) it(`leaves prose alone: "${line}"`, () => assert.equal(furnitureRule(line), null));
    });
  }
});

// biome-ignore format: one case per line reads as a table
const TITLES: [string, boolean][] = [
  ["Blinken meets Xi Jinping in Beijing", true],
  ["Japan, South Korea hold first talks in five years", true],
  ["The talks ended without a statement.", false],
  ["What the summit means for Taiwan:", false],
];

describe("isLinkTitle", () => {
  for (const [line, expected] of TITLES) it(`"${line}" → ${expected}`, () => assert.equal(isLinkTitle(line), expected));
});

// biome-ignore format: one case per line reads as a table
const HEADINGS: [string, boolean][] = [
  ["EMPHASIS ON THE TAIWAN ISSUE", true],
  ["TRADE: WHAT COMES NEXT", true],
  ["NATO and EU leaders met.", false],
  ["G7 SUMMIT", false],
];

describe("isShoutedHeading", () => {
  for (const [line, expected] of HEADINGS) {
    it(`"${line}" → ${expected}`, () => assert.equal(isShoutedHeading(line), expected));
  }
});
