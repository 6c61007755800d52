import type { PageFacts, PageSnapshot, TextBlock } from '../../../utils/types';

export const NO_FACTS: PageFacts = {
  title: null, company: null, locations: [], workMode: null, employmentType: null,
  datePosted: null, validThrough: null, salary: null, jobKey: null,
};

/**
 * Builds a snapshot from lines written like markup: "# Heading", "- item", anything else a paragraph.
 * Markers are dropped from the text so the blocks are what a page reader would give.
 */
export function snapshotFromLines(lines: string[], facts: Partial<PageFacts> = {}): PageSnapshot {
  return snapshotFromBlocks(
    lines.map((raw) => {
      const kind = raw.startsWith('# ') ? 'heading' : raw.startsWith('- ') ? 'item' : 'para';
      return [kind, kind === 'para' ? raw : raw.slice(2)] as const;
    }),
    facts,
  );
}

/** A snapshot from [kind, text] pairs, one block per pair (so table cells can be written too). */
export function snapshotFromBlocks(
  lines: ReadonlyArray<readonly [TextBlock['kind'], string]>, facts: Partial<PageFacts> = {},
): PageSnapshot {
  let text = '';
  const blocks: TextBlock[] = [];
  for (const [kind, body] of lines) {
    if (text) text += '\n';
    const start = text.length;
    text += body;
    blocks.push(kind === 'heading' ? { start, end: text.length, kind, level: 2 } : { start, end: text.length, kind });
  }
  return {
    url: null,
    detection: { isJobPosting: true, source: 'heuristic', board: null, score: 1, reasons: [] },
    facts: { ...NO_FACTS, ...facts },
    text,
    blocks,
  };
}
