/** `annals serve` as a library: the HTTP JSON API and the web UI's files over a store. */
export type * from "./api-types.js";
export { openApiDocument } from "./openapi/document.js";
export {
  type AnnalsServer,
  createServer,
  DEFAULT_HOST,
  DEFAULT_MAX_UPLOAD,
  DEFAULT_PORT,
  type ServerOptions,
} from "./server.js";
