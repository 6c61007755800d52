// The skills host: compromise loads here once (Chrome offscreen document; in Firefox an iframe of the background page).
import { onMessage } from '@/utils/messaging';
import { findSkillPhrases } from '@/utils/nlp/skill-phrases';
import type { Highlight, PostingAnalysis } from '@/utils/types';

function skills(analysis: PostingAnalysis): { skills: string[]; highlights: Highlight[] } {
  const r = findSkillPhrases(analysis);
  return { skills: r.skills, highlights: r.highlights };
}

onMessage('skillsInOffscreen', ({ data }) => skills(data.analysis));
(globalThis as { jobmarkSkills?: typeof skills }).jobmarkSkills = skills;
