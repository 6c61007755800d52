/** The CLI's JSON shape of an analysis: what a user or a tool needs, in a stable order. */
import type { PostingAnalysis } from '../../utils/types';

export interface CliRequirement {
  text: string;
  kind: 'must' | 'nice';
  years?: number;
  yearsMax?: number;
  skill?: string;
}

/**
 * @example JSON.stringify(toOutput(analyzeText('…'))) // '{"isJobPosting":true,"jobKey":null,…}'
 */
export function toOutput(a: PostingAnalysis) {
  return {
    isJobPosting: a.isJobPosting,
    jobKey: a.jobKey,
    title: a.title,
    company: a.company,
    location: a.location,
    locations: a.locations,
    workMode: a.workMode,
    employmentType: a.employmentType,
    datePosted: a.datePosted,
    validThrough: a.validThrough,
    salary: a.salary,
    experienceYears: a.experienceYears,
    degrees: a.degrees,
    techStack: a.techStack.map(({ name, category, mentions }) => ({ name, category, mentions })),
    requirements: a.requirements.map((r): CliRequirement => {
      const out: CliRequirement = { text: r.text, kind: r.kind };
      if (r.years !== undefined) out.years = r.years;
      if (r.yearsMax !== undefined) out.yearsMax = r.yearsMax;
      if (r.skill !== undefined) out.skill = r.skill;
      return out;
    }),
    skills: a.skills,
    source: a.source,
    board: a.board,
    text: a.text,
    highlights: a.highlights,
  };
}
