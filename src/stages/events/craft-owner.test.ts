import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Sentences in our own words about events on the public record or invented.

// biome-ignore format: one case per line reads as a table
const CRAFT_OWNER: Row[] = [
  ["a downed craft belongs to the owner the sentence before gives it", "Officials said a surveillance balloon belonging to China had drifted over Alaska. The balloon was shot down by a US fighter jet on Saturday.", ["ASSAULT United States → China | reported 2023-06-17 (relative)"]],
  ["a demonym before the earlier craft names its owner too", "A Russian reconnaissance drone crossed into Polish airspace on Monday. Polish jets shot down the drone near the border.", ["ASSAULT Poland → Russia | reported 2023-06-20 (publication)"]],
  ["a seized vessel is its operator's", "A tanker operated by Iran entered the Strait of Hormuz. Britain seized the tanker off Gibraltar.", ["COERCE/seize United Kingdom → Iran | reported 2023-06-20 (publication) | in Gibraltar"]],
  ["an earlier craft with no owner gives none", "A mysterious balloon drifted over Montana on Friday. The balloon was shot down by a US fighter jet.", ["ASSAULT United States | reported 2023-06-20 (publication)"]],
  ["an indefinite craft is a new one, not the earlier", "A Chinese balloon drifted over Montana on Friday. Another aircraft was shot down by a US fighter jet.", ["ASSAULT United States | reported 2023-06-20 (publication)"]],
];

describe("events: the owner of a craft acted on, from the sentence before", () => runTable(CRAFT_OWNER));
