/**
 * The API's wire types, taken from the server's contract (`src/server/api-types.ts`, read through its
 * compiled declarations) so the UI and the API cannot drift apart.
 */
export type * from "#api";
