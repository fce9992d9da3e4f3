import { expectSplits, type SplitRow as Row } from "./expect-split.js";

// biome-ignore format: one case per line reads as a table
const RULES: Record<string, Row[]> = {
  "a line is a block; a headline is a sentence without final punctuation": [
    ["a headline over prose", "China and Japan agree to resume talks\nThe ministers met in Tokyo.", ["China and Japan agree to resume talks", "The ministers met in Tokyo."]],
    ["a headline, a blank line, prose", "Blinken lands in Beijing\n\nThe secretary arrived on Sunday.", ["Blinken lands in Beijing", "The secretary arrived on Sunday."]],
    ["an all-caps heading", "WASHINGTON TALKS END\nThe envoys parted.", ["WASHINGTON TALKS END", "The envoys parted."]],
    ["not: a soft-wrapped line", "The envoy said the\nballoon was civilian.", ["The envoy said the\nballoon was civilian."]],
    ["not: a line wrapped after a comma", "Talks covered trade,\nclimate and Taiwan.", ["Talks covered trade,\nclimate and Taiwan."]],
  ],
  "a list item is a sentence, its marker left out": [
    ["hyphen bullets", "Key points:\n- Tariffs rise to 25%\n- Talks resume in May", ["Key points:", "Tariffs rise to 25%", "Talks resume in May"]],
    ["round bullets", "• Blinken meets Wang\n• Xi receives Blinken", ["Blinken meets Wang", "Xi receives Blinken"]],
    ["asterisks", "* Sanctions extended\n* Embassy reopens", ["Sanctions extended", "Embassy reopens"]],
    ["numbers", "1. Ceasefire in Gaza\n2) Prisoner exchange", ["Ceasefire in Gaza", "Prisoner exchange"]],
    ["inline round bullets", "Topics: Trade • Taiwan • Climate", ["Topics: Trade", "Taiwan", "Climate"]],
    ["an item with two sentences", "- Talks ended. Both sides spoke.", ["Talks ended.", "Both sides spoke."]],
    ["not: a negative number", "-5C was recorded in Moscow.", ["-5C was recorded in Moscow."]],
    ["not: a year", "2023. The year relations froze.", ["2023.", "The year relations froze."]],
    ["not: a decimal", "1.5 million people fled.", ["1.5 million people fled."]],
    ["not: a bullet glued to a word", "The •dot marks a note.", ["The •dot marks a note."]],
  ],
};

expectSplits("splitSentences: blocks", RULES);
