// Phrasings found by the blind fixture set (tests/fixtures/postings-blind) that the engine missed on its first run.
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../../utils/analysis/headings';
import { findSalary } from '../../../utils/analysis/salary';
import { findWorkMode } from '../../../utils/analysis/work-mode';
import { findYears } from '../../../utils/analysis/years';

describe('work mode phrasings', () => {
  it.each([
    ['Remote (US only) · Full-time', 'remote'],
    ['Location: Remote — Europe', 'remote'],
    ['Remote within EU time zones · Full-time', 'remote'],
    ['Remote · 6-month contract, possible extension', 'remote'],
    ['Munich, Germany · Office-based · Full-time', 'onsite'],
    ['This role requires you to be in our office Tuesday–Thursday.', 'hybrid'],
    ['We meet in the office Monday through Wednesday.', 'hybrid'],
    ['Lavoro in full remote da tutta Italia.', 'remote'],
  ] as const)('%s → %s', (text, mode) => {
    expect(findWorkMode(text)).toBe(mode);
  });

  it('does not read a remote-work tool or a Monday-to-Friday office week as hybrid', () => {
    expect(findWorkMode('You will be in the office Monday to Friday.')).toBe('onsite');
    expect(findWorkMode('Experience with remote sensing data.')).toBeNull();
  });
});

describe('years phrasings', () => {
  const first = (s: string) => findYears(s)[0];
  it('reads a number word with its digits in brackets', () => {
    expect(first('A minimum of three (3) years of general ledger experience.')).toMatchObject({ min: 3, max: null, experience: true });
  });
  it('reads Dutch and Italian years', () => {
    expect(first('Minimaal 3 jaar werkervaring als data-analist')).toMatchObject({ min: 3, max: null, experience: true });
    expect(first('Almeno 3 anni di esperienza con Java')).toMatchObject({ min: 3, max: null, experience: true });
  });
});

describe('heading phrasings', () => {
  it.each([
    ["You'll thrive if", 'context'], ['You will thrive if you', 'context'], ['Even better if', 'nice'],
    ['Nice extras', 'nice'], ['Wat vragen wij?', 'must'], ['Mooi meegenomen', 'nice'], ['Wat bieden wij?', 'benefits'],
    ['Wat ga je doen?', 'responsibilities'], ['Requisiti', 'must'], ['Costituisce titolo preferenziale', 'nice'],
    ['Cosa offriamo', 'benefits'], ['Di cosa ti occuperai', 'responsibilities'],
  ] as const)('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('salary phrasings', () => {
  it('reads a Dutch monthly range', () => {
    expect(findSalary('Een salaris van € 4.200 - € 5.600 bruto per maand, een 13e maand.')?.salary).toEqual({
      min: 4200, max: 5600, currency: 'EUR', period: 'month',
    });
  });
  it('reads an Italian RAL range with the currency after it', () => {
    expect(findSalary('RAL 35.000 - 42.000 €, buoni pasto.')?.salary).toEqual({
      min: 35000, max: 42000, currency: 'EUR', period: 'year',
    });
  });
});
