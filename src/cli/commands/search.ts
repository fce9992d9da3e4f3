import { openStore } from "../../store/open.js";
import { type Command, DB_HELP, DB_OPTION, positiveInt, stringValue, UsageError } from "../command.js";
import { out } from "../format.js";

export const searchCommand: Command = {
  name: "search",
  summary: "full-text search over the stored articles",
  usage: "annals search <query> [--limit n] [--db <path>]",
  help: [DB_HELP, "--limit <n>          at most n hits (default 20)"],
  options: { ...DB_OPTION, limit: { type: "string" } },
  allowPositionals: true,
  async run(values, positionals) {
    const query = positionals.join(" ").trim();
    if (!query) throw new UsageError("search needs a query");
    const store = await openStore(stringValue(values, "db") ?? "./annals.db");
    try {
      for (const hit of await store.search(query, positiveInt(values, "limit") ?? 20)) {
        out(`${hit.doc_id}  ${hit.title ?? ""}\n    ${hit.snippet.replace(/\s+/g, " ")}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
