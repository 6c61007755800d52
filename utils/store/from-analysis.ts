/**
 * Turns what the analyser found on a page into role fields. Copes with partial analyses (a minimal one from the
 * content script's first gate has a title and little else).
 */
import type { PostingAnalysis } from '../types';
import { EMPTY_REQUIREMENTS, techIndex, type ExtractedField, type Role, type RequirementSummary } from './role';
import { normalizeJobUrl, roleJobKey } from './normalize-url';

/** The extracted part of a role: what a re-save may refresh (unless the user corrected it). */
export type ExtractedValues = Pick<Role, ExtractedField | 'tech'>;

/**
 * Must/nice counts and the years asked, from the analysis.
 *
 * @example
 * summarizeRequirements({ requirements: [{ kind: 'must', ... }], experienceYears: { min: 4, max: null } } as PostingAnalysis)
 * // { must: 1, nice: 0, yearsMin: 4, yearsMax: null }
 */
export function summarizeRequirements(a: Pick<PostingAnalysis, 'requirements' | 'experienceYears'>): RequirementSummary {
  const reqs = a.requirements ?? [];
  return {
    ...EMPTY_REQUIREMENTS,
    must: reqs.filter((r) => r.kind === 'must').length,
    nice: reqs.filter((r) => r.kind === 'nice').length,
    yearsMin: a.experienceYears?.min ?? null,
    yearsMax: a.experienceYears?.max ?? null,
  };
}

/**
 * The extracted fields of a role, from an analysis and the page URL.
 *
 * @example
 * extractedValues({ title: 'Backend Engineer', company: 'Acme', techStack: [{ name: 'Go', ... }], ... }, url).techStack // ['Go']
 */
export function extractedValues(a: PostingAnalysis, url: string): ExtractedValues {
  const techStack = [...(a.techStack ?? [])].sort((x, y) => y.mentions - x.mentions).map((t) => t.name);
  return {
    url,
    title: a.title?.trim() || 'Untitled role',
    company: a.company?.trim() ?? '',
    location: a.location?.trim() || (a.locations ?? []).join(' / '),
    workMode: a.workMode ?? null,
    salary: a.salary ?? null,
    techStack,
    tech: techIndex(techStack),
    requirements: summarizeRequirements(a),
    employmentType: a.employmentType ?? null,
    datePosted: a.datePosted ?? null,
  };
}

/** The keys a new role from this page is stored and recognised under. */
export function keysFor(a: Pick<PostingAnalysis, 'jobKey'>, url: string): { jobKey: string; urlKey: string } {
  return { jobKey: roleJobKey(a.jobKey, url), urlKey: normalizeJobUrl(url) };
}
