import type { HighlightKind } from '../types';

/** Every highlight kind the page paints, in legend order. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['must', 'nice', 'tech', 'skill', 'experience', 'salary', 'degree'];

const PREFIX = 'jobmark-';

/**
 * The CSS Custom Highlight registry name for a kind; the content script's stylesheet styles `::highlight(<name>)`.
 * @example highlightName('tech') // 'jobmark-tech'
 */
export function highlightName(kind: HighlightKind): string {
  return PREFIX + kind;
}

/** What each kind means, for the panel's legend. */
export const HIGHLIGHT_LEGEND: Record<HighlightKind, string> = {
  must: 'Must-have',
  nice: 'Nice-to-have',
  tech: 'Technology',
  skill: 'Skill',
  experience: 'Years of experience',
  salary: 'Salary',
  degree: 'Degree',
};
