import { describe, expect, it } from 'vitest';
import { companyLine, requirementCounts, salaryText, savedText, workModeText, yearsText } from '@/entrypoints/panel/format';

describe('panel display strings', () => {
  it.each([
    [{ min: 70000, max: 90000, currency: 'EUR', period: 'year' as const }, '€70,000–€90,000 / year'],
    [{ min: 120000, max: null, currency: 'USD', period: 'year' as const }, 'from $120,000 / year'],
    [{ min: null, max: 35, currency: 'GBP', period: 'hour' as const }, 'up to £35 / hour'],
    [{ min: 5000, max: 5000, currency: 'CHF', period: 'month' as const }, /^CHF\s5,000 \/ month$/],
    [{ min: 10, max: 20, currency: 'XYZ1', period: 'day' as const }, '10 XYZ1–20 XYZ1 / day'],
    [null, null],
  ])('salaryText(%j) → %s', (s, out) => {
    if (out instanceof RegExp) expect(salaryText(s)).toMatch(out);
    else expect(salaryText(s)).toBe(out);
  });

  it.each([
    [{ min: 3, max: 5 }, '3–5 years'],
    [{ min: 4, max: null }, '4+ years'],
    [{ min: 1, max: null }, '1+ year'],
    [null, null],
  ])('yearsText(%j) → %s', (y, out) => {
    expect(yearsText(y)).toBe(out);
  });

  it('labels work modes and counts requirements', () => {
    expect(workModeText('onsite')).toBe('On-site');
    expect(workModeText(null)).toBeNull();
    const req = (kind: 'must' | 'nice') => ({ text: 'x', kind, start: 0, end: 1 });
    expect(requirementCounts({ requirements: [req('must'), req('nice'), req('must')] })).toEqual({ must: 2, nice: 1 });
  });

  it('says the saved status only for saved roles', () => {
    expect(savedText({ saved: true, status: 'applied' })).toBe('Saved · applied');
    expect(savedText({ saved: true, status: 'saved' })).toBe('Saved');
    expect(savedText({ saved: false, status: null })).toBeNull();
    expect(savedText(null)).toBeNull();
  });

  it('joins company and location, noting more locations', () => {
    expect(companyLine({ company: 'Quillfeather', location: 'Lisbon', locations: ['Lisbon', 'Porto'] })).toBe('Quillfeather · Lisbon (+1)');
    expect(companyLine({ company: null, location: null, locations: [] })).toBe('');
  });
});
