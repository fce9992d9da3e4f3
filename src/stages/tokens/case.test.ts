import assert from "node:assert/strict";
import { test } from "node:test";
import { isUpperCased } from "./case.js";

test("isUpperCased agrees with comparing against toUpperCase", () => {
  const samples = [
    "NATO",
    "Nato",
    "US",
    "U.S.",
    "G7",
    "2024",
    "-",
    "",
    "ÉLYSÉE",
    "Élysée",
    "KYIV'S",
    "Kyiv's",
    "ÖSTERREICH",
    "ßTRASSE",
    "İSTANBUL",
    "x",
    "COVID-19",
    "COVID-19s",
  ];
  for (const s of samples) assert.equal(isUpperCased(s), s === s.toUpperCase(), s);
});

test("isUpperCased: a small letter anywhere makes it no", () => {
  assert.equal(isUpperCased("BRUSSELs"), false);
  assert.equal(isUpperCased("ÉLYSÉe"), false);
  assert.equal(isUpperCased("MINISTER"), true);
});
