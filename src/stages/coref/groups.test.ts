import { describe } from "node:test";
import { type Row, runTable } from "./expect-coref.js";

// biome-ignore format: one case per line reads as a table
const COUNTRIES: Row[] = [
  ["'the two sides' after a China–US meeting are China and the United States", "Wang Yi held talks with Antony Blinken in Beijing on Sunday. The two sides agreed to keep channels of communication open.", ["The two sides → CHN + USA"]],
  ["the people's countries win over the summit they met at", "Wang Yi met Antony Blinken on the sidelines of the ASEAN meeting in Jakarta. Both sides described the talks as candid.", ["Both sides → CHN + USA"]],
  ["'both countries' after two countries named", "China and Japan agreed on Monday to restart their maritime dialogue. Both countries will send delegations to Dalian in July.", ["Both countries → CHN + JPN"]],
  ["a pair spread over two sentences", "Penny Wong flew to Beijing on Tuesday. Wang Yi welcomed the visit. The two governments will resume annual talks.", ["The two governments → AUS + CHN"]],
  ["'the parties' to a deal are sides, and a body can be one", "The European Union and Vietnam signed a free trade agreement in Hanoi. The parties expect tariffs to fall within a decade.", ["The parties → o:eu + VNM"]],
  ["'both countries' leaves out a body that is no country", "Oxfam accused Ethiopia of blocking aid convoys. Eritrea backed Ethiopia. Both countries rejected the charge.", ["Both countries → ERI + ETH"]],
  ["'both parties' is left alone: it is as often two political parties", "Labour and the Conservatives both backed the bill. Both parties want a vote before the summer.", []],
  ["one country in sight is no pair", "Japan announced new export controls on chip equipment. The two countries have not commented.", ["The two countries → nobody"]],
];

// biome-ignore format: one case per line reads as a table
const PEOPLE: Row[] = [
  ["'the two leaders' are the two people who met", "Xi Jinping met Joe Biden in Bali on Monday. The two leaders talked for more than three hours.", ["The two leaders → p:xi-jinping + p:joe-biden"]],
  ["'the two foreign ministers'", "Sergei Lavrov hosted Wang Yi in Moscow. The two foreign ministers signed a consultation plan.", ["The two foreign ministers → p:sergey-lavrov + p:wang-yi"]],
  ["one person in sight is no pair", "Fumio Kishida visited Kyiv on Tuesday. The two leaders toured a damaged suburb.", ["The two leaders → nobody"]],
  ["'the two leaders' are the two heads of state, not an envoy named first", "Wang Yi is the first minister to visit since President Xi Jinping met President Joe Biden in Bali. He said the two leaders had agreed to talk more often.", ["the two leaders → p:xi-jinping + p:joe-biden"]],
  ["a president and his counterpart", "Sergei Lavrov said President Vladimir Putin would host his counterpart Xi Jinping in May. The two leaders will sign a joint statement.", ["The two leaders → p:vladimir-putin + p:xi-jinping"]],
  ["'the two presidents' are presidents, not the ministers named since", "Presidents Joe Biden and Xi Jinping met in Woodside in November. Lloyd Austin spoke with Dong Jun by video on Tuesday. Austin raised the South China Sea. Dong raised Taiwan. Both men called the talks useful. Their staff will meet again. The Pentagon will keep talking, as the two presidents agreed in November.", ["Both men → p:lloyd-austin + p:dong-jun", "the two presidents → p:joe-biden + p:xi-jinping"]],
  ["a president and a premier named just before are not 'the two presidents'", "Li Qiang met Vladimir Putin in Moscow. He said the two presidents would meet later.", ["the two presidents → nobody"]],
  ["'the two presidents' after a summit of two presidents", "President Emmanuel Macron hosted President Volodymyr Zelensky in Paris on Monday. The two presidents signed a security pact.", ["The two presidents → p:emmanuel-macron + p:volodymyr-zelensky"]],
  ["'the two ministers' keep the first two people", "Sergei Lavrov met Wang Yi after President Vladimir Putin spoke. The two ministers signed a plan.", ["The two ministers → p:sergey-lavrov + p:wang-yi"]],
];

describe("coref: groups", () => {
  describe("countries", () => runTable(COUNTRIES, "group"));
  describe("people", () => runTable(PEOPLE, "group"));
});
