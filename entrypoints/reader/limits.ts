/**
 * The most page text the content script reads (~8k words; the seed posting is 7.4k characters, long real postings stay well under). Past it, a
 * 100k-word page would cost the page's main thread more than it is worth.
 */
export const MAX_PAGE_CHARS = 50_000;

/**
 * The most highlight ranges painted on one page. Chrome repaints every registered range when the registry changes;
 * tens of thousands cost whole seconds of rendering. The first ones, in reading order, are the ones people see.
 */
export const MAX_PAINTED_RANGES = 2_000;

/**
 * Past this many ranges, only those near the viewport are registered (painter.ts): the seed posting has ~150, a long
 * real posting a few hundred; a 100k-word page reaches the 2,000 cap.
 */
export const WINDOW_FROM_RANGES = 600;

/**
 * Postings with more text than this (~3,000 words; the seed has 7.4k characters) get their panel before their
 * highlights. Chrome rebuilds every highlight and repaints the highlighted text on any DOM change after they are
 * registered, so the panel's mount after the paint cost a 40–58 ms frame on a 100k-word page, against a few ms on
 * a posting of usual length, where painting first shows the highlights 10–20 ms sooner.
 */
export const PANEL_FIRST_CHARS = 20_000;
