import assert from "node:assert/strict";
import { test } from "node:test";
import { sameLemma } from "./baseline.js";
import { docMentions, partialIso } from "./meantime.js";
import { parseMeantime } from "./meantime-xml.js";

// An invented document in MEANTIME's CAT XML shape (not copied from the corpus).
const XML = `<?xml version="1.0" ?><Document doc_id="7" doc_name="7_test" lang="en">
<token number="0" sentence="0" t_id="1">Ministers</token><token number="1" sentence="0" t_id="2">met</token>
<token number="2" sentence="0" t_id="3">talks</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<EVENT_MENTION m_id="2" pos="VERB" pred="meet"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="3" pos="NOUN" pred="talk"><token_anchor t_id="3"/></EVENT_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="4" type="DATE" value="2010-03-05"></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="5" type="DATE" value="2010-03-04"></TIMEX3>
<EVENT class="OTHER" instance_id="EV1" m_id="10"/>
<ENTITY ent_type="PER" instance_id="PER1" m_id="11"/>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="2"/><target m_id="1"/></HAS_PARTICIPANT>
<TLINK r_id="2" reltype="IS_INCLUDED"><source m_id="2"/><target m_id="5"/></TLINK>
<REFERS_TO r_id="3"><source m_id="2"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="1"/><target m_id="11"/></REFERS_TO>
</Relations></Document>`;

test("parseMeantime reads mentions, timexes, instances and relations", () => {
  const d = parseMeantime(XML);
  assert.equal(d.docId, "7");
  assert.deepEqual(
    d.events.map((e) => [e.mId, e.pred, e.tokens]),
    [
      ["2", "meet", ["2"]],
      ["3", "talk", ["3"]],
    ],
  );
  assert.equal(d.timexes.get("4")?.creation, true);
  assert.deepEqual(d.refersTo[0], { sources: ["2"], target: "10" });
  assert.equal(d.tlinks[0]?.rel, "IS_INCLUDED");
});

test("docMentions: gold instance, participants via entity instances, linked date, DCT fallback", () => {
  const [meet, talk] = docMentions(parseMeantime(XML), "month");
  assert.equal(meet?.gold, "EV1");
  assert.deepEqual(meet?.f.participants, ["PER1"]);
  assert.equal(meet?.f.date, "2010-03-04");
  assert.equal(meet?.f.type, "CONSULT");
  assert.deepEqual(meet?.f.triggerWords, ["met"]);
  assert.equal(talk?.gold, "single:7:3");
  assert.equal(talk?.f.date, "2010-03");
  assert.equal(docMentions(parseMeantime(XML), "none")[1]?.f.date, null);
});

test("partialIso keeps the ISO prefix", () => {
  assert.equal(partialIso("2007-10-15T10:00"), "2007-10-15");
  assert.equal(partialIso("2008-Q3"), "2008");
  assert.equal(partialIso("PAST_REF"), null);
});

test("same-lemma baseline groups by lemma", () => {
  const ms = [
    { id: "a", lemma: "meet" },
    { id: "b", lemma: "say" },
    { id: "c", lemma: "meet" },
  ];
  assert.deepEqual(sameLemma(ms as never), [["a", "c"], ["b"]]);
});
