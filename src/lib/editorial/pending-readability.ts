/**
 * TEMPORARY. Pages whose "In short" is above grade 10 today (`npm run readability`), allowed
 * until the content branch, which rewrites them, is merged. The test fails for a listed page
 * that has come down to grade 10 or below, so the list only shrinks. Delete it when empty.
 */
export const PENDING_READABILITY: readonly string[] = [];
