import { analyzeSnapshot } from '@/utils/analysis/analyze-snapshot';
import { warmTech } from '@/utils/tech/find-tech';
import type { PageSnapshot } from '@/utils/types';

// A short posting in our own words: enough to run every pass of the analysis once.
const LINES = [
  'Backend Engineer',
  'Requirements',
  '5+ years of experience with Go or Python and PostgreSQL',
  'Nice to have: Kubernetes, AWS and React',
  'Salary: $120,000 - $150,000 per year. Remote.',
];
const TEXT = LINES.join('\n');

function warmSnapshot(): PageSnapshot {
  let at = 0;
  const blocks = LINES.map((line, i) => {
    const block = { start: at, end: at + line.length, kind: i === 0 || i === 1 ? ('heading' as const) : ('item' as const) };
    at += line.length + 1;
    return block;
  });
  return {
    url: null,
    detection: { isJobPosting: true, source: 'heuristic', board: null, score: 1, reasons: [] },
    facts: {
      title: LINES[0]!, company: null, locations: [], workMode: null, employmentType: null, datePosted: null,
      validThrough: null, salary: null, jobKey: null,
    },
    text: TEXT,
    blocks,
  };
}

let warmed = false;

/**
 * Builds the tech dictionary's trie and runs the analysis once (first-call costs: ~100 ms in a fresh service worker),
 * so a page's first real analysis doesn't pay them. Called while the page reads itself; once per worker.
 */
export function warmAnalysis(): void {
  if (warmed) return;
  warmed = true;
  try {
    warmTech();
    analyzeSnapshot(warmSnapshot());
  } catch {
    // a warm-up failing only means the first real analysis pays the costs
  }
}
