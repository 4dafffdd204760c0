/**
 * The account catalog: fetchAccountSnapshot(target, options) → AccountSnapshot (request/accountSnapshot.ts).
 * - kinds.ts          where each resource kind is listed and how its API pages
 * - parsers.ts        one reader per item kind (wrong answers never throw)
 * - fetchSnapshot.ts  paging to the end, bounds, four requests in flight, unknown parts
 */
export * from './fetchSnapshot';
export { KIND_SPECS, type PagingStyle } from './kinds';
