import { describe } from "node:test";
import { actorsContract } from "./contract/actors.js";
import { datedLaterContract } from "./contract/dated-later.js";
import { datingContract } from "./contract/dating.js";
import { documentsContract } from "./contract/documents.js";
import { eventsContract } from "./contract/events.js";
import { filtersContract } from "./contract/filters.js";
import type { MakeStore } from "./contract/harness.js";
import { kbContract } from "./contract/kb.js";
import { mergingContract } from "./contract/merging.js";
import { participantsContract } from "./contract/participants.js";
import { relationsContract } from "./contract/relations.js";
import { searchContract } from "./contract/search.js";
import type { Store } from "./store.js";

export type { MakeStore } from "./contract/harness.js";

export interface ContractOptions {
  /** Closes `store` and opens the same database again; given only by persistent stores. */
  reopen?: (store: Store) => Promise<Store>;
}

/**
 * The one test suite every Store implementation passes (node:test). `makeStore` returns a fresh,
 * empty store each call; the suite closes every store it makes.
 *
 * @example runStoreContract("sqlite :memory:", () => openSqliteStore(":memory:"));
 */
export function runStoreContract(name: string, makeStore: MakeStore, options: ContractOptions = {}): void {
  describe(`Store contract: ${name}`, () => {
    documentsContract(makeStore, options.reopen);
    eventsContract(makeStore);
    filtersContract(makeStore);
    actorsContract(makeStore);
    searchContract(makeStore);
    relationsContract(makeStore);
    kbContract(makeStore);
    datingContract(makeStore);
    participantsContract(makeStore);
    mergingContract(makeStore);
    datedLaterContract(makeStore);
  });
}
