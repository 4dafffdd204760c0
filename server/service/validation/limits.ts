/**
 * Diagnostics listed per document at most. A request body with this many problems is not a
 * request body; listing 40,000 unknown keys would be a 12 MB answer nobody reads. Beyond it the
 * first ones (in document order) are listed and one more diagnostic says how many there are.
 */
export const MAX_DIAGNOSTICS = 1000;
