// STUB (owned by the text-analysis helper): the compromise pass. Keep this signature. Never imported by content scripts.
import type { Highlight, PostingAnalysis } from '../types';

/** Skill phrases ("distributed systems", "API design") a posting's requirements ask for, as highlights. */
export function findSkillPhrases(_analysis: Pick<PostingAnalysis, 'text' | 'requirements' | 'sections' | 'highlights'>): {
  skills: string[];
  highlights: Highlight[];
} {
  return { skills: [], highlights: [] };
}
