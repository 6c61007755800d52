// DOM → PageSnapshot: detection, facts from markup, and the posting's visible text. Runs in the page (content
// script) and in Node (CLI, tests) alike.
import type { PageSnapshot, TextBlock } from '../types';
import type { Json } from './json-ld';
import type { TextSegment } from './extract-text';
import { ashbyAppDataPosting } from './boards/ashby-app-data';
import { matchBoard } from './boards/registry';
import { descriptionText } from './description-text';
import { detectPosting } from './detect';
import { extractTextSteps } from './extract-text';
import { runSteps, type Steps } from '../steps';
import { readFacts } from './facts';
import { findJsonLdPostings } from './json-ld';
import { findMicrodataPostings } from './microdata';
import { pageUrls } from './page-urls';
import { HEADING_CUES } from './posting-cues';
import { rootFor } from './posting-root';

export { quickGate } from './quick-gate';
export { findPostingRoot } from './posting-root';

/** Hard bound on the text read from one page (a 200k-word page is cut here). */
export const MAX_TEXT_CHARS = 600_000;
const MAX_TITLE_CHARS = 120;
/** Below this, the visible text is a shell and the JSON-LD description is read instead. */
const NEARLY_EMPTY_CHARS = 200;

/** The first heading that is not a section label ("Requirements"…): a stand-in title on pages without h1. */
function firstTitleHeading(text: string, blocks: TextBlock[]): string | null {
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.end - b.start > MAX_TITLE_CHARS) continue;
    const h = text.slice(b.start, b.end);
    if (!Object.values(HEADING_CUES).some((re) => re.test(h))) return h;
  }
  return null;
}

export interface ReadPageOptions {
  /** Also return text segments (DOM Text node + offset per run) for highlighting. */
  withSegments?: boolean;
  /** Read at most this many characters (default MAX_TEXT_CHARS); the content script keeps page work short. */
  maxChars?: number;
}

/**
 * Full page read: detection, facts from markup, and the posting's visible text.
 * `segments` is set only with `withSegments` and only when the text comes from the page's own DOM.
 * @example readPage(document, location.href).detection.isJobPosting
 */
export function readPage(
  doc: Document, url: string | null, opts: ReadPageOptions = {},
): PageSnapshot & { segments?: TextSegment[] } {
  return runSteps(readPageSteps(doc, url, opts));
}

/**
 * readPage in steps: the caller may yield to the page between them (the reader does, so a huge page's read is short
 * tasks rather than one long one): five, and one more every EXTRACT_STEP_NODES nodes of the text walk. The DOM must
 * not change in between. On a 100k-word page each of the board markers' query, the detection and the facts took
 * 8–15 ms in a new tab: each is a step of its own.
 */
export function* readPageSteps(
  doc: Document, url: string | null, opts: ReadPageOptions = {},
): Steps<PageSnapshot & { segments?: TextSegment[] }> {
  const urls = pageUrls(doc, url);
  const ldItems = findJsonLdPostings(doc);
  const microdataItems = ldItems.length ? [] : findMicrodataPostings(doc);
  yield;
  const match = matchBoard(doc, urls);
  yield;
  const root = rootFor(doc, match?.board ?? null);
  const maxChars = opts.maxChars ?? MAX_TEXT_CHARS;
  let extracted = yield* extractTextSteps(root, { withSegments: opts.withSegments, maxChars });
  const items = ldItems.length ? ldItems : microdataItems;
  // Ashby's fetched shell states the posting only in its app-data script.
  const appItem = !items.length && match?.board.id === 'ashby' ? ashbyAppDataPosting(doc) : null;
  const item: Json | null = items.length === 1 ? (items[0] as Json) : appItem;
  const description = item?.description;
  if (extracted.text.length < NEARLY_EMPTY_CHARS && typeof description === 'string') {
    const fromLd = descriptionText(doc, description, maxChars);
    if (fromLd.text.length > extracted.text.length) extracted = fromLd;
  }
  yield;
  const { text, blocks, segments } = extracted;
  const detection = detectPosting(doc, { ldItems, microdataItems, board: match, text, blocks });
  yield;
  const facts = readFacts(doc, urls[0] ?? null, item, match, root, firstTitleHeading(text, blocks));
  const snapshot: PageSnapshot & { segments?: TextSegment[] } = { url, detection, facts, text, blocks };
  if (segments) snapshot.segments = segments;
  return snapshot;
}
