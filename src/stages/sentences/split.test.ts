import { expectSplits, type SplitRow as Row } from "./expect-split.js";

// biome-ignore format: one case per line reads as a table
const RULES: Record<string, Row[]> = {
  "a period ends a sentence, a space after it or not": [
    ["plain periods", "Talks ended. Both sides spoke.", ["Talks ended.", "Both sides spoke."]],
    ["a missing space after a word", "Wang Yi met Blinken.Meanwhile, the envoys left Geneva.", ["Wang Yi met Blinken.", "Meanwhile, the envoys left Geneva."]],
    ["a missing space after a year", "The pact was signed in 2018.The talks collapsed a year later.", ["The pact was signed in 2018.", "The talks collapsed a year later."]],
    ["a missing space before a quote", "He left the talks.“We will return,” the envoy said.", ["He left the talks.", "“We will return,” the envoy said."]],
    ["not: a dotted pair before a hyphen", "The U.S.-China talks resumed in Vienna.", ["The U.S.-China talks resumed in Vienna."]],
    ["not: a decimal", "Growth reached 3.5 percent, the ministry said.", ["Growth reached 3.5 percent, the ministry said."]],
    ["not: a glued title", "Mr.Wang arrived late.", ["Mr.Wang arrived late."]],
  ],
  "titles and dotted abbreviations end no sentence before a name": [
    ["military titles", "Gen. Li Shangfu met Adm. John Aquilino in Singapore.", ["Gen. Li Shangfu met Adm. John Aquilino in Singapore."]],
    ["political titles", "Sen. Marco Rubio and Rep. Mike Gallagher wrote to the Commerce Department.", ["Sen. Marco Rubio and Rep. Mike Gallagher wrote to the Commerce Department."]],
    ["D.C. before a preposition", "The delegation flew to Washington, D.C. on Friday.", ["The delegation flew to Washington, D.C. on Friday."]],
    ["U.S. before a title", "The U.S. Secretary of State arrived.", ["The U.S. Secretary of State arrived."]],
    ["not: U.S. before a sentence opener", "He was born in the U.S. The family later moved to Taipei.", ["He was born in the U.S.", "The family later moved to Taipei."]],
  ],
  "months, times and decimals": [
    ["a month before a day", "The ministers met on Dec. 21 in Brussels.", ["The ministers met on Dec. 21 in Brussels."]],
    ["a month before a day, with a comma after", "The vote is set for Jan. 5, officials said.", ["The vote is set for Jan. 5, officials said."]],
    ["a.m. before a time zone", "The call began at 9 a.m. EST and lasted an hour.", ["The call began at 9 a.m. EST and lasted an hour."]],
    ["p.m. before a weekday", "The summit opens at 5 p.m. Tuesday in Lima.", ["The summit opens at 5 p.m. Tuesday in Lima."]],
    ["a time with a dot", "The meeting was moved to 10.30 on Friday.", ["The meeting was moved to 10.30 on Friday."]],
    ["not: a.m. before a name", "The talks ended at 11 a.m. Blinken then flew to London.", ["The talks ended at 11 a.m.", "Blinken then flew to London."]],
    ["not: a month ending a sentence", "Flights resume in Jan. The airline confirmed it.", ["Flights resume in Jan.", "The airline confirmed it."]],
  ],
  "No. before a number, e.g. and i.e. before anything": [
    ["No. 2", "China's No. 2 diplomat arrived in Moscow.", ["China's No. 2 diplomat arrived in Moscow."]],
    ["No. before a resolution number", "Resolution No. 2758 was adopted in 1971.", ["Resolution No. 2758 was adopted in 1971."]],
    ["e.g. before a name", "Several partners, e.g. Japan and Australia, joined the statement.", ["Several partners, e.g. Japan and Australia, joined the statement."]],
    ["i.e. before a phrase", "Some allies, i.e. Those in the Quad, were consulted.", ["Some allies, i.e. Those in the Quad, were consulted."]],
    ["not: no ending a sentence", "Asked if talks would resume, he said no. The ministry declined to comment.", ["Asked if talks would resume, he said no.", "The ministry declined to comment."]],
  ],
  "the word before a period is read in any script": [
    ["an accented word ending a sentence", "The envoy visited Bogotá. Talks resumed on Monday.", ["The envoy visited Bogotá.", "Talks resumed on Monday."]],
    ["a title after a non-Latin word", "Москва и Gen. Petrov attended the parade.", ["Москва и Gen. Petrov attended the parade."]],
    ["not: a word that only ends like a title", "The protest was held at Bragen. Police were absent.", ["The protest was held at Bragen.", "Police were absent."]],
  ],
  "initials in names": [
    ["an initial before a surname", "J. Biden signed the order on Monday.", ["J. Biden signed the order on Monday."]],
    ["a middle initial", "John F. Kennedy met Nikita Khrushchev in Vienna in 1961.", ["John F. Kennedy met Nikita Khrushchev in Vienna in 1961."]],
    ["another middle initial", "George W. Bush visited Beijing in 2008.", ["George W. Bush visited Beijing in 2008."]],
    ["not: a capital letter ending a sentence", "The options were Plan A and Plan B. The second was chosen.", ["The options were Plan A and Plan B.", "The second was chosen."]],
  ],
  "quotes": [
    ["a straight quote closing after the period", 'She said "we disagree." The meeting went on.', ['She said "we disagree."', "The meeting went on."]],
    ["a curly quote closing after the period", "Raimondo said “the rules stand.” Beijing objected.", ["Raimondo said “the rules stand.”", "Beijing objected."]],
    ["two quotes glued together", 'He said: "It was useful.""We will talk again," he added.', ['He said: "It was useful."', '"We will talk again," he added.']],
    ["a quoted question, then a name and a speech verb", '"Why now?" Wang Wenbin asked at the briefing.', ['"Why now?" Wang Wenbin asked at the briefing.']],
    ["a quoted question, then lower case", "“Is this a threat?” the reporter asked.", ["“Is this a threat?” the reporter asked."]],
    ["not: a quoted question, then a new sentence", '"Is this fair?" The minister paused before answering.', ['"Is this fair?"', "The minister paused before answering."]],
    ["not: question and exclamation marks", "Will they meet? Nobody knows!", ["Will they meet?", "Nobody knows!"]],
  ],
  "parentheses": [
    ["a sentence in parentheses", "The envoys met in Geneva. (They had last met there in 2018.) Little changed.", ["The envoys met in Geneva.", "(They had last met there in 2018.)", "Little changed."]],
    ["a sentence ending inside a parenthesis", "The talks were cordial (the first since the pact lapsed in 2018.) Both sides said so.", ["The talks were cordial (the first since the pact lapsed in 2018.)", "Both sides said so."]],
    ["not: a title inside a parenthesis", "The ministers (including Mr. Lavrov) met in Delhi.", ["The ministers (including Mr. Lavrov) met in Delhi."]],
  ],
  "ellipses": [
    ["… before lower case", "We will defend our interests … and we will not back down, he said.", ["We will defend our interests … and we will not back down, he said."]],
    ["... before lower case", "The treaty was signed... but never ratified.", ["The treaty was signed... but never ratified."]],
    ["not: ... before a capital", "The envoy paused... Then he walked out of the room.", ["The envoy paused...", "Then he walked out of the room."]],
    ["not: … before a capital", "The talks stalled … Officials blamed both sides.", ["The talks stalled …", "Officials blamed both sides."]],
  ],
  "URLs and email addresses": [
    ["a web address with capitals", "The text was posted on www.Mfa.gov.cn on Monday.", ["The text was posted on www.Mfa.gov.cn on Monday."]],
    ["an email address with capitals", "Questions went to Press.Office@Embassy.org and were not answered.", ["Questions went to Press.Office@Embassy.org and were not answered."]],
    ["a bare domain", "Details are on example.com, the ministry said.", ["Details are on example.com, the ministry said."]],
    ["not: a period after a URL", "The text was posted at https://example.gov/statement. The embassy confirmed it.", ["The text was posted at https://example.gov/statement.", "The embassy confirmed it."]],
  ],
};

expectSplits("splitSentences", RULES);
