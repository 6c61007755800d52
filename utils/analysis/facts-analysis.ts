import type { PageSnapshot, PostingAnalysis } from '../types';

/**
 * What a snapshot says before any text is analysed: the facts read from markup (title, company, locations, pay,
 * work mode), nothing from the text. The panel shows it while the background reads the text, and the text pass
 * (analyzeSnapshot) starts from it.
 * @example factsAnalysis(snapshot).techStack // []
 */
export function factsAnalysis(snap: PageSnapshot): PostingAnalysis {
  const f = snap.facts;
  return {
    isJobPosting: snap.detection.isJobPosting,
    jobKey: f.jobKey,
    title: f.title,
    company: f.company,
    location: f.locations[0] ?? null,
    locations: f.locations,
    workMode: f.workMode,
    employmentType: f.employmentType,
    datePosted: f.datePosted,
    validThrough: f.validThrough,
    salary: f.salary,
    experienceYears: null,
    degrees: [],
    techStack: [],
    requirements: [],
    skills: [],
    sections: [],
    text: snap.text,
    highlights: [],
    source: snap.detection.source,
    board: snap.detection.board,
  };
}
