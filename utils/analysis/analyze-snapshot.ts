// STUB (owned by the text-analysis helper): the dictionary pass. Keep this signature.
import type { PageSnapshot, PostingAnalysis } from '../types';

/** Sections, must/nice requirements, years, degrees, salary, work mode, tech stack and highlights. No compromise. */
export function analyzeSnapshot(snap: PageSnapshot): PostingAnalysis {
  const f = snap.facts;
  return {
    isJobPosting: snap.detection.isJobPosting, jobKey: f.jobKey, title: f.title, company: f.company,
    location: f.locations[0] ?? null, locations: f.locations, workMode: f.workMode, employmentType: f.employmentType,
    datePosted: f.datePosted, validThrough: f.validThrough, salary: f.salary, experienceYears: null, degrees: [],
    techStack: [], requirements: [], skills: [], sections: [], text: snap.text, highlights: [],
    source: snap.detection.source, board: snap.detection.board,
  };
}
