import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../../utils/analysis/analyze-snapshot';
import { snapshotFromLines } from './helpers';

// Same shape as a big-company careers page: about blocks, responsibilities, a "Who you are" intro, 12 minimum and
// 6 preferred bullets, an in-office paragraph that names 50% generally and 100% for some sites, and a pay line.
const MUST = [
  '12+ years of professional experience building storage platforms.',
  'Experience leading teams that own public API design and client libraries.',
  'A solid background in distributed systems and capacity planning.',
  'Experience running programs across several departments.',
  'Experience moving large datasets with no customer-visible outage.',
  'Experience coaching engineers early in their careers.',
  'Experience building a culture of reliability, with fluency in metrics and alerting.',
  'A history of shipping practical results that grow the business',
  'Comfortable owning ambiguous problems end to end',
  'Clear writing and spoken communication',
  'Strong analytical thinking and sound judgement',
  'Fluent in one of our main languages (Java, Ruby, Python, Go).',
];
const NICE = [
  'Confident presenting to executives and to engineers.',
  'Experience with observability stacks (logs, traces, metrics).',
  'Experience managing teams spread over several time zones.',
  'Experience designing internal developer platforms in large companies.',
  'Experience building event-driven architectures.',
  'Experience leading incident reviews and on-call programs.',
];
const PAGE = [
  '# Staff Engineering Manager, Storage', '# About us', 'We make accounting software for small shops.',
  '# Responsibilities', '- Set the technical direction of the storage group.', '- Hire and grow engineers.',
  '# Who you are', 'We want someone who meets the minimum requirements. The preferred qualifications are a bonus, not a must.',
  '# Minimum requirements', ...MUST.map((m) => `- ${m}`),
  '# Preferred qualifications', ...NICE.map((n) => `- ${n}`),
  '# Office policy',
  'Employees in most of our offices spend at least 50% of the time in their local office. Teams at our Lagos and Quito sites work 100% from the office.',
  '# Pay and benefits',
  'The yearly base salary band for this role in the US is $267,000 - $400,400. It may span several levels. Benefits include a 401(k) plan and a $1,500 wellness stipend.',
];

describe('seed-shaped posting', () => {
  const a = analyzeSnapshot(snapshotFromLines(PAGE));

  it('finds the 12 must and 6 nice bullets exactly', () => {
    expect(a.requirements.filter((r) => r.kind === 'must').map((r) => r.text)).toEqual(MUST);
    expect(a.requirements.filter((r) => r.kind === 'nice').map((r) => r.text)).toEqual(NICE);
  });

  it('reads years, pay and work mode', () => {
    expect(a.experienceYears).toEqual({ min: 12, max: null });
    expect(a.salary).toEqual({ min: 267000, max: 400400, currency: 'USD', period: 'year' });
    expect(a.workMode).toBe('hybrid');
    const salary = a.highlights.find((h) => h.kind === 'salary')!;
    expect([a.text.slice(salary.start, salary.end), salary.label]).toEqual(['$267,000 - $400,400', '267,000–400,400 USD/year']);
    const exp = a.highlights.filter((h) => h.kind === 'experience').map((h) => a.text.slice(h.start, h.end));
    expect(exp).toEqual(['12+ years']);
  });
});
