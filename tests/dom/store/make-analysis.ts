// Test helper: a PostingAnalysis with sensible defaults (our own made-up posting).
import type { PostingAnalysis } from '../../../utils/types';

export function makeAnalysis(over: Partial<PostingAnalysis> = {}): PostingAnalysis {
  return {
    isJobPosting: true,
    jobKey: 'jsonld:quillfeather:QF-2291',
    title: 'Backend Engineer, Payments Ledger',
    company: 'Quillfeather',
    location: 'Lisbon, Portugal',
    locations: ['Lisbon, Portugal'],
    workMode: 'hybrid',
    employmentType: 'FULL_TIME',
    datePosted: '2026-10-02',
    validThrough: null,
    salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
    experienceYears: { min: 4, max: null },
    degrees: [],
    techStack: [
      { name: 'PostgreSQL', category: 'database', mentions: 1 },
      { name: 'Go', category: 'language', mentions: 2 },
    ],
    requirements: [
      { text: '4+ years of Go', kind: 'must', start: 0, end: 14, years: 4 },
      { text: 'PostgreSQL', kind: 'must', start: 15, end: 25 },
      { text: 'Kafka', kind: 'nice', start: 26, end: 31 },
    ],
    skills: [],
    sections: [],
    text: 'Backend Engineer\nBuild the ledger.\n4+ years of Go',
    highlights: [{ start: 29, end: 31, kind: 'tech', label: 'Go' }],
    source: 'json-ld',
    board: null,
    ...over,
  };
}

let n = 0;
/** A fresh database name per test: fake-indexeddb keeps databases for the whole file. */
export const freshName = () => `jobmark-test-${++n}-${Math.random().toString(36).slice(2)}`;
