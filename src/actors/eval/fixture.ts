import { readFileSync } from "node:fs";
import { z } from "zod";

/** What the article around a name says, as a fixture writes it. */
const Context = z.object({
  /** ISO-3 codes of the countries the article mentions. */
  countries: z.array(z.string()).default([]),
  /** The title written before the name, lower-case as the entities stage reads it (`secretary of state`). */
  title: z.string().optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: z.string().optional(),
  /** Other people the article names, as written. */
  people: z.array(z.string()).default([]),
});

const Variant = z.object({ variant: z.string(), canonical: z.string(), context: Context, note: z.string().optional() });

const NearMiss = z.object({
  name: z.string(),
  not: z.string(),
  /** The known person the name is, when it is one (`Wang Yang` is not Wang Yi, but is Wang Yang). */
  is: z.string().optional(),
  context: Context,
  note: z.string().optional(),
});

const Fixture = z.object({ variants: z.array(Variant), nearMisses: z.array(NearMiss) });

export type FixtureContext = z.infer<typeof Context>;
export type VariantCase = z.infer<typeof Variant>;
export type NearMissCase = z.infer<typeof NearMiss>;
export type NameFixture = z.infer<typeof Fixture>;

export const DEFAULT_FIXTURE = new URL("../../../data/eval/name-variants.json", import.meta.url);

/** Reads and checks a fixture: `{variants: [{variant, canonical, context}], nearMisses: [{name, not, is?, context}]}`. */
export function loadFixture(path: string | URL = DEFAULT_FIXTURE): NameFixture {
  return Fixture.parse(JSON.parse(readFileSync(path, "utf8")));
}
