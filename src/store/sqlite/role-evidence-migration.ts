import type { Migration } from "./migrations.js";

/**
 * A role's evidence in rows of its own, one per span, instead of a JSON array on the role. A role
 * such as a head of government is named in thousands of articles: as an array, each new report
 * read and rewrote all the spans before it, so ingest slowed as the corpus grew. A span is added
 * with one insert now, and read back in the order it came (rowid). `body` is the span's record as
 * stored before (JSON), so roles read back unchanged; existing arrays move over in their order.
 */
export const ROLE_EVIDENCE_MIGRATION: Migration = {
  version: 9,
  name: "role evidence",
  up: `
    CREATE TABLE role_evidence (
      role_id INTEGER NOT NULL REFERENCES roles (role_id),
      doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
      body TEXT NOT NULL
    );
    CREATE INDEX role_evidence_span ON role_evidence (role_id, doc_id, start, "end");
    INSERT INTO role_evidence (role_id, doc_id, start, "end", body)
      SELECT r.role_id, json_extract(j.value, '$.doc_id'), json_extract(j.value, '$.start'),
        json_extract(j.value, '$.end'), j.value
      FROM roles r, json_each(r.evidence) j ORDER BY r.role_id, j.key;
    ALTER TABLE roles DROP COLUMN evidence;
  `,
};
