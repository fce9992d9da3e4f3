/** The JSON API client: one typed `GET` helper and the upload calls. The UI talks to nothing else. */

/** An API answer that was not 2xx: the server's `{error}` text and the status. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | null | undefined> | URLSearchParams;

/** `/api/<path>?<query>`; empty query values are left out. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [key, value] of entries) {
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api/${path}${qs ? `?${qs}` : ""}`;
}

/**
 * Fetches JSON from the API, throwing an `ApiError` with the server's message on 4xx/5xx.
 *
 * @example const page = await getJson<EventsPage>("events", { dyad: "CHN,USA", limit: 50 });
 */
export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, query), { headers: { accept: "application/json" }, signal: signal ?? null });
  return readJson<T>(res);
}

/** Posts files as multipart form data. */
export async function postFiles<T>(path: string, files: File[]): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const res = await fetch(apiUrl(path), { method: "POST", body: form });
  return readJson<T>(res);
}

async function readJson<T>(res: Response): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message =
      body && typeof body === "object" && "error" in body ? String(body.error) : `${res.status} ${res.statusText}`;
    throw new ApiError(message, res.status);
  }
  return body as T;
}
