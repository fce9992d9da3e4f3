import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dropCoveredCountries } from "./covered.js";
import type { EventActor } from "./records.js";

const actor = (actor_id: string, kind: EventActor["kind"], country: string): EventActor => ({
  actor_id,
  name: actor_id,
  kind,
  country,
  sector: null,
  role: null,
  text: actor_id,
});
const ids = (side: EventActor[]) => side.map((a) => a.actor_id);

describe("a country one of its own people or bodies stands for", () => {
  it("is dropped beside its minister on the same side: 'urged Dong Jun and China'", () => {
    const s = dropCoveredCountries({
      actors: [actor("lloyd-austin", "person", "USA")],
      recipients: [actor("dong-jun", "person", "CHN"), actor("CHN", "country", "CHN")],
    });
    assert.deepEqual([ids(s.actors), ids(s.recipients)], [["lloyd-austin"], ["dong-jun"]]);
  });

  it("is dropped when its leader stands on the other side: 'Biden held talks with the United States and China'", () => {
    const s = dropCoveredCountries({
      actors: [actor("joe-biden", "person", "USA")],
      recipients: [actor("USA", "country", "USA"), actor("CHN", "country", "CHN")],
    });
    assert.deepEqual([ids(s.actors), ids(s.recipients)], [["joe-biden"], ["CHN"]]);
  });

  it("stays when it is all its side has, though one of its people stands on the other", () => {
    const s = dropCoveredCountries({
      actors: [actor("CHN", "country", "CHN")],
      recipients: [actor("antony-blinken", "person", "USA"), actor("wang-yi", "person", "CHN")],
    });
    assert.deepEqual([ids(s.actors), ids(s.recipients)], [["CHN"], ["antony-blinken", "wang-yi"]]);
  });

  it("stays when no one of that country is there: 'Blinken met China and Japan'", () => {
    const s = dropCoveredCountries({
      actors: [actor("antony-blinken", "person", "USA")],
      recipients: [actor("CHN", "country", "CHN"), actor("JPN", "country", "JPN")],
    });
    assert.deepEqual(ids(s.recipients), ["CHN", "JPN"]);
  });
});
