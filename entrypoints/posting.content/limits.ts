/**
 * The most page text we map for highlighting (~30k words). Past it, a 100k-word page would cost the page's main
 * thread more than it is worth; the analysis still covers what the reader extracted.
 */
export const MAX_PAGE_CHARS = 200_000;
