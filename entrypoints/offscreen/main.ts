// The skills host: compromise loads here once (Chrome offscreen document; in Firefox an iframe of the background page).
import { serveSkills } from '@/utils/ext/skills-port';
import { findSkillPhrases } from '@/utils/nlp/skill-phrases';
import type { SkillsResult } from '@/utils/messaging';
import type { PostingAnalysis } from '@/utils/types';

function skills(analysis: PostingAnalysis): SkillsResult {
  const r = findSkillPhrases(analysis);
  return { skills: r.skills, highlights: r.highlights };
}

serveSkills(skills);
(globalThis as { jobmarkSkills?: typeof skills }).jobmarkSkills = skills;
