// STUB (owned by the page-reading helper): blocks for plain text (CLI .txt input, --jsonl), offsets into the text as given.
import type { TextBlock } from '../types';

/** Infers headings / bullet items / paragraphs from lines; never changes `text`. */
export function blocksFromPlainText(text: string): TextBlock[] {
  return text ? [{ start: 0, end: text.length, kind: 'para' }] : [];
}
