import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { IngestRequest } from "../api-types.js";
import { HttpError } from "../http.js";

const optionalText = z.string().max(2048).optional();

const ingestRequestSchema = z.object({
  articles: z
    .array(
      z.object({
        text: z.string().trim().min(1, "text must not be empty"),
        title: optionalText,
        published_at: z.string().max(64).optional(),
        url: optionalText,
        source: optionalText,
      }),
    )
    .min(1, "articles must hold at least one article"),
});

/** The first problem of a body, as one line naming where it is: `articles.0.text: text must not be empty`. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid body";
  const where = issue.path.join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Checks a JSON upload (`{ articles: [{ text, title?, published_at?, url?, source? }] }`) and writes
 * it into `dir` as one `.json` file, which `ingest()` reads like any other (origins `articles.json#N`).
 * Returns the bytes of article text, for the progress bar.
 */
export async function writeJsonUpload(body: Buffer, dir: string): Promise<number> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new HttpError(400, `body is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ingestRequestSchema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
  const request: IngestRequest = parsed.data;
  await writeFile(join(dir, "articles.json"), JSON.stringify(request), { mode: 0o600 });
  return request.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
}
