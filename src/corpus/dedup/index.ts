/**
 * Cross-article event dedup: features, blocking, the pairwise decision and clustering.
 * @example
 * import { clusterEvents } from "./corpus/dedup/index.js";
 * const { clusters } = clusterEvents(features);
 */
export { BLOCK_DEFAULTS, type BlockOptions, blockCandidates, blockKeys } from "./block.js";
export { addEvent, type Cluster, type Clustering, canonicalDate, clusterEvents } from "./cluster.js";
export { type Decision, decideSame, WEIGHTS } from "./decide.js";
export { familyOf } from "./families.js";
export * from "./features.js";
export { splitConflicts, UnionFind } from "./split.js";
