/**
 * Diagnostics listed per document at most. A request body with this many problems is not a
 * request body; listing 40,000 unknown keys would be a 12 MB answer nobody reads. Beyond it the
 * first ones (in document order) are listed and one more diagnostic says how many there are.
 */
export const MAX_DIAGNOSTICS = 1000;

/**
 * Values and keys a document may have for its content to be checked: about ten times the largest
 * legal request (bench/fixtures large.json and large.yaml: 813). Schema errors and rules cost
 * microseconds per node, so a 50,000-item list took over a second per check; beyond this limit
 * only the syntax is checked, and one information says why.
 */
export const MAX_CHECKED_NODES = 8_000;
