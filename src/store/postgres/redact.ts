/**
 * A connection URL fit for messages: the password replaced by `***`. Any text can be passed as
 * `text`: every occurrence of the password in it is masked too.
 *
 * @example redactUrl("postgres://annals:secret@db/annals", url) === "postgres://annals:***@db/annals"
 */
export function redactUrl(text: string, url: string): string {
  const password = passwordOf(url);
  if (password === "") return text;
  const forms = new Set([password, encodeURIComponent(password)]);
  let out = text;
  for (const form of forms) out = out.split(form).join("***");
  return out;
}

function passwordOf(url: string): string {
  try {
    const password = new URL(url).password;
    return password === "" ? "" : decodeURIComponent(password);
  } catch {
    // not a parseable URL: take whatever sits between "user:" and "@"
    return /^[a-z]+:\/\/[^:/@]*:([^@]*)@/i.exec(url)?.[1] ?? "";
  }
}
