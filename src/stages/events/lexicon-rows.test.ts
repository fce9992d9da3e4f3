import { describe } from "node:test";
import { type Row, runTable } from "./expect-events.js";

// Published Tuesday 2023-06-20. Invented sentences for trigger rows whose reading is more than a word list.

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'is opposed to' is a stance, not a passive", "Peru is opposed to Chilean mediation in the dispute.", ["REJECT Peru → Chile | reported 2023-06-20 (publication)"]],
  ["'remains opposed to'", "Ghana remains opposed to the plan put forward by Togo.", ["REJECT Ghana → Togo | reported 2023-06-20 (publication)"]],
  ["a passive 'opposed by' keeps its agent", "The plan was opposed by Togo.", ["REJECT Togo | reported 2023-06-20 (publication)"]],
  ["two sides failing to agree both reject", "Peru and Chile failed to reach agreement on the border on Monday.", ["REJECT Peru + Chile | reported 2023-06-19 (relative)"]],
  ["upgraded ties are diplomatic support", "Kenya and Norway upgraded their diplomatic ties to ambassadorial level.", ["SUPPORT Kenya + Norway | reported 2023-06-20 (publication)"]],
  ["allowing a rival to run is a concession", "The court in Ghana allowed opposition leader Kofi Boateng to stand in the election.", ["CONCEDE Ghana → Kofi Boateng | reported 2023-06-20 (publication) | in Ghana"]],
  ["being allowed names no one who allowed", "Journalists were allowed to enter the hall.", []],
  ["police preventing a demonstration coerce", "Kenyan police prevented the demonstration staged by opposition supporters in Nairobi.", ["COERCE Kenya | reported 2023-06-20 (publication)"]],
  ["breaking up a rally", "Chilean police broke up a rally of students outside the ministry.", ["COERCE Chile | reported 2023-06-20 (publication)"]],
  ["a pledge to prohibit aid is a sanction announced", "Norway announced it would prohibit all aid to Malawi.", ["SANCTION/discontinue Norway → Malawi | hypothetical undated (unknown)"]],
  ["a broken-up rally of a sentence is no protest by the police", "The rally broke up peacefully at dusk.", []],
  ["ending a mediation is halting talks", "Norwegian envoys ended mediation efforts between Sudan and Chad.", ["SANCTION/withdraw Norway → Sudan + Chad | reported 2023-06-20 (publication)"]],
  ["dismissing an appeal is a rejection", "Peru dismissed an appeal from Chile to reopen the border.", ["REJECT Peru → Chile | reported 2023-06-20 (publication)"]],
  ["dismissing a minister is no rejection", "Peru dismissed its interior minister on Monday.", []],
  ["an official protest with a neighbour is an accusation", "Ghana lodged an official protest with Togo over the remarks.", ["ACCUSE/disapprove Ghana → Togo | reported 2023-06-20 (publication)"]],
  ["diplomatic asylum is aid", "Chile granted diplomatic asylum to three Bolivian officers.", ["AID Chile → Bolivia | reported 2023-06-20 (publication)"]],
  ["defending a country supports it", "Cuba defended Venezuela at the summit on Friday.", ["SUPPORT Cuba → Venezuela | reported 2023-06-16 (relative)"]],
  ["defending another's right supports it", "Brazil defended the right of Bolivia to nationalise its gas fields.", ["SUPPORT Brazil → Bolivia | reported 2023-06-20 (publication)"]],
  ["troops defending a city is no political support", "Malian troops defended the town against the rebels.", []],
  ["refusing admittance bars entry", "Benin was refusing admittance to Ghanaian traders.", ["REJECT Benin → Ghana | reported 2023-06-20 (publication)"]],
];

describe("events: trigger rows with a reading of their own", () => runTable(ROWS));
