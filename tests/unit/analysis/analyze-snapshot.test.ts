import { describe, expect, it, vi } from 'vitest';
import type * as FindTech from '../../../utils/tech/find-tech';
import type { TechHit } from '../../../utils/tech/find-tech';
import { analyzeSnapshot } from '../../../utils/analysis/analyze-snapshot';
import { snapshotFromLines } from './helpers';

// The tech matcher is another module's job: a hand-made stand-in that knows three names, case-sensitively.
vi.mock('../../../utils/tech/find-tech', async (importOriginal) => {
  const real = await importOriginal<typeof FindTech>();
  return {
    ...real,
    findTech: (text: string): TechHit[] =>
      [...text.matchAll(/\b(?:Go|Kotlin|PostgreSQL)\b/g)].map((m) => ({
        start: m.index, end: m.index + m[0].length, name: m[0], category: m[0] === 'PostgreSQL' ? 'database' : 'language',
      })),
  };
});

const POSTING = [
  '# Backend Engineer',
  'Full-time · Hybrid, two days a week in the office',
  '# Requirements',
  '- 5+ years of Go in production',
  "- Bachelor's degree in Computer Science or equivalent",
  '- 3-5 years of experience with PostgreSQL',
  '# Nice to have',
  '- Some Kotlin is a plus',
  '# Pay',
  'The salary range is €70,000 – €90,000 per year.',
];

describe('analyzeSnapshot', () => {
  const a = analyzeSnapshot(snapshotFromLines(POSTING));

  it('fills requirement fields', () => {
    expect(a.requirements.map((r) => [r.kind, r.years, r.yearsMax, r.skill])).toEqual([
      ['must', 5, undefined, 'Go'],
      ['must', undefined, undefined, undefined],
      ['must', 3, 5, 'PostgreSQL'],
      ['nice', undefined, undefined, undefined],
    ]);
    expect(a.experienceYears).toEqual({ min: 5, max: null });
    expect(a.degrees).toEqual(["Bachelor's"]);
    expect(a.salary).toEqual({ min: 70000, max: 90000, currency: 'EUR', period: 'year' });
    expect(a.workMode).toBe('hybrid');
    expect(a.employmentType).toBe('full-time');
    expect(a.techStack.map((t) => t.name)).toEqual(['Go', 'PostgreSQL', 'Kotlin']);
  });

  it('puts every highlight exactly on its term, sorted by start', () => {
    const spans = a.highlights.filter((h) => h.kind !== 'must' && h.kind !== 'nice')
      .map((h) => [h.kind, a.text.slice(h.start, h.end), h.label]);
    expect(spans).toEqual([
      ['experience', '5+ years', '5+ years'],
      ['tech', 'Go', 'Go'],
      ['degree', "Bachelor's degree", "Bachelor's"],
      ['experience', '3-5 years', '3–5 years'],
      ['tech', 'PostgreSQL', 'PostgreSQL'],
      ['tech', 'Kotlin', 'Kotlin'],
      ['salary', '€70,000 – €90,000', '70,000–90,000 EUR/year'],
    ]);
    for (const h of a.highlights.filter((x) => x.kind === 'must' || x.kind === 'nice')) {
      expect(a.requirements.some((r) => r.start === h.start && r.end === h.end && r.kind === h.kind)).toBe(true);
    }
    const starts = a.highlights.map((h) => h.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('lets markup facts win over text', () => {
    const salary = { min: 1, max: 2, currency: 'GBP', period: 'hour' } as const;
    const b = analyzeSnapshot(snapshotFromLines(POSTING, {
      workMode: 'remote', employmentType: 'FULL_TIME', salary, locations: ['Leeds', 'York'], title: 'T', company: 'C',
    }));
    expect([b.workMode, b.employmentType, b.salary, b.location, b.title, b.company]).toEqual(['remote', 'FULL_TIME', salary, 'Leeds', 'T', 'C']);
    expect(b.highlights.some((h) => h.kind === 'salary')).toBe(false);
  });

  it('still highlights the pay line when markup states the same pay', () => {
    const salary = { min: 70000, max: 90000, currency: 'EUR', period: 'year' } as const;
    const b = analyzeSnapshot(snapshotFromLines(POSTING, { salary }));
    const h = b.highlights.find((x) => x.kind === 'salary')!;
    expect(b.text.slice(h.start, h.end)).toBe('€70,000 – €90,000');
  });

  it('reads board widgets outside the posting text: a pay line without a pay word, a work-mode label', () => {
    const a = analyzeSnapshot(snapshotFromLines(['# About', 'We sell boats.'], {
      salaryText: '$70,000 - $85,000 a year - Full-time', workModeText: 'On-site',
    }));
    expect(a.salary).toEqual({ min: 70000, max: 85000, currency: 'USD', period: 'year' });
    expect(a.workMode).toBe('onsite');
    const none = analyzeSnapshot(snapshotFromLines(['# About', 'We sell boats.'], { salaryText: 'Full-time', workModeText: 'Flexible' }));
    expect([none.salary, none.workMode]).toEqual([null, null]);
  });

  it('handles empty input', () => {
    const e = analyzeSnapshot(snapshotFromLines([]));
    expect([e.requirements, e.highlights, e.salary, e.experienceYears]).toEqual([[], [], null, null]);
  });
});
