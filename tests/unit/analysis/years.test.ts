import { describe, expect, it } from 'vitest';
import { findYears } from '../../../utils/analysis/years';

describe('findYears', () => {
  it.each([
    ['15+ years of professional experience in backend work', '15+ years', 15, null],
    ['3-5 years of experience with payments', '3-5 years', 3, 5],
    ['3–5 yrs experience in data engineering', '3–5 yrs', 3, 5],
    ['at least two years of experience shipping apps', 'two years', 2, null],
    ['two to three years of experience in support', 'two to three years', 2, 3],
    ['8 plus years of industry experience', '8 plus years', 8, null],
    ['a minimum of 5 years experience as an engineer', '5 years', 5, null],
    ['5 or more years of hands-on experience', '5 or more years', 5, null],
    ['mindestens 3 Jahre Berufserfahrung im Vertrieb', '3 Jahre', 3, null],
    ['3+ Jahre Erfahrung mit Java', '3+ Jahre', 3, null],
    ["5 ans d'expérience en développement", '5 ans', 5, null],
    ['Experience: 4 years in a similar role', '4 years', 4, null],
    ['Al menos 2 años de experiencia en soporte', '2 años', 2, null],
    ['tres a cinco años de experiencia', 'tres a cinco años', 3, 5],
  ])('%s', (text, phrase, min, max) => {
    const [hit] = findYears(text);
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(phrase);
    expect([hit!.min, hit!.max]).toEqual([min, max]);
    expect(hit!.experience).toBe(true);
  });

  it.each([
    ['Our company was founded 10 years ago in Lyon.'],
    ['We have grown steadily over the past 20 years.'],
    ['Applicants must be 18 years old or older.'],
    ['We celebrate 20 years of history this spring.'],
    ['We have been in this market for over 12 years.'],
  ])('ignores history and ages: %s', (text) => {
    expect(findYears(text).filter((y) => y.experience || y.ofTail)).toEqual([]);
  });

  it('labels ranges and open ends', () => {
    expect(findYears('3-5 years experience')[0]!.label).toBe('3–5 years');
    expect(findYears('at least 2 years of experience')[0]!.label).toBe('2+ years');
  });

  it.each([['5+ years of Go'], ['5+ years as a backend engineer'], ['5+ years building payment systems']])(
    'marks "%s" (no experience word) as an of-tail only',
    (text) => expect(findYears(text)[0]).toMatchObject({ min: 5, experience: false, ofTail: true }),
  );
});
