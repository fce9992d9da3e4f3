/** What every view is, and the small pieces they share: a heading, loading and error states. */
import { ApiError } from "./api.js";
import { el, replace } from "./dom.js";
import type { Route } from "./router.js";

/**
 * A view renders a route into `root`. `signal` aborts when the user navigates away, so a slow
 * answer for an old view never overwrites the new one.
 */
export type View = (route: Route, root: HTMLElement, signal: AbortSignal) => Promise<void>;

/** Shows a loading line while a view fetches. */
export function showLoading(root: HTMLElement, what = "Loading…"): void {
  replace(root, el("p", { class: "loading", role: "status" }, what));
}

/** Shows an error in place of the view (the server's message for API errors). */
export function showError(root: HTMLElement, err: unknown): void {
  if (err instanceof DOMException && err.name === "AbortError") return;
  const message =
    err instanceof ApiError ? `${err.message} (HTTP ${err.status})` : err instanceof Error ? err.message : String(err);
  replace(root, el("p", { class: "error", role: "alert" }, message));
}

/** A titled section: `<section><h2>title</h2>…</section>`. */
export function section(title: string, ...children: (Node | string | null)[]): HTMLElement {
  return el("section", { class: "panel" }, el("h2", {}, title), ...children);
}

/** A small muted note. */
export function note(text: string): HTMLElement {
  return el("p", { class: "note" }, text);
}

/**
 * Awaits a request for one part of a view: a failure (a bad filter, a 400) is shown in `part` and
 * gives null, so the form above it stays on screen to be corrected.
 */
export async function loadInto<T>(part: HTMLElement, request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (err) {
    showError(part, err);
    return null;
  }
}
