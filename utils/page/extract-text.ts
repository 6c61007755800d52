// STUB (owned by the page-reading helper): visible text of a DOM subtree as blocks. Keep these signatures.
import type { TextBlock } from '../types';

/** Maps a run of `text` back to the DOM text node it came from (page side: offsets → Range for highlights). */
export interface TextSegment {
  node: Text;
  /** Offset of this run in the extracted text. */
  start: number;
  /** Offset of the run's first character inside `node.data`. */
  nodeOffset: number;
  length: number;
}

export interface ExtractedText {
  text: string;
  blocks: TextBlock[];
  segments?: TextSegment[];
}

/** Visible text (skipping script/style/hidden/navigation parts), blocks joined by '\n'. Same output in page and Node. */
export function extractText(root: Element, _opts: { withSegments?: boolean; maxChars?: number } = {}): ExtractedText {
  const text = (root.textContent ?? '').trim();
  return { text, blocks: text ? [{ start: 0, end: text.length, kind: 'para' }] : [] };
}
