import { describe, expect, it } from 'vitest';
import { countCues, looksLikeJobTitle, looksLikeJobUrl } from '../../../utils/page/gate-cues';

describe('countCues', () => {
  const cues = (...texts: string[]) => countCues(texts, 9);

  it('finds posting sections anywhere in a heading, whatever the case or apostrophe', () => {
    expect(cues('Minimum Qualifications', 'What You’ll Bring')).toBe(2);
    expect(cues('Wat vragen wij?', 'Profil recherché')).toBe(2);
    // The same cue twice is one.
    expect(cues('Requirements', 'More requirements')).toBe(1);
  });

  it('takes short labels only as the whole heading', () => {
    expect(cues('Pay', '  The role: ')).toBe(2);
    expect(cues('Pay attention to these trends', 'The role of cities')).toBe(0);
  });

  it('takes a leading "Required:" / "Must-haves:" label in a long item, and not the word in a sentence', () => {
    expect(cues('Required: four years of shipping native apps to the store, with tests and crash reporting')).toBe(1);
    expect(cues('Must-haves : Kotlin', 'Nice to have: Figma')).toBe(2);
    expect(cues('Registration required for the event', 'Please note: requirements for entry are listed on the venue page')).toBe(0);
  });

  it('reads no text longer than a heading, and stops counting at what is needed', () => {
    expect(cues(`Requirements ${'x'.repeat(200)}`, 'Benefits')).toBe(1);
    expect(countCues(['Requirements', 'Benefits', 'Salary'], 2)).toBe(2);
  });

  it('says nothing of ordinary headings', () => {
    expect(cues('Latest news', 'Partager l’article', 'Recipe', 'Comments (12)', '')).toBe(0);
  });
});

describe('looksLikeJobTitle and looksLikeJobUrl', () => {
  it('a title naming a role or a jobs page, in several languages', () => {
    expect(looksLikeJobTitle('Senior Data Engineer - Acme')).toBe(true);
    expect(looksLikeJobTitle('Data Analist | Werken bij Groenwoud')).toBe(true);
    expect(looksLikeJobTitle('Entwickler (m/w/d)')).toBe(true);
    expect(looksLikeJobTitle('Summer Intern, Logistics')).toBe(true);
    expect(looksLikeJobTitle('Gameplay Programmer (Unity) - Foxglove Games')).toBe(true);
    expect(looksLikeJobTitle('Analista de datos – Cardo')).toBe(true);
  });

  it('a path of a jobs page or naming a role', () => {
    expect(looksLikeJobUrl('/careers/123')).toBe(true);
    expect(looksLikeJobUrl('/p/senior-designer-4411')).toBe(true);
    expect(looksLikeJobUrl('/en/job-openings/12')).toBe(true);
    expect(looksLikeJobUrl('/apply?jobId=3')).toBe(true);
    expect(looksLikeJobUrl('/2024/05/some-article')).toBe(false);
    expect(looksLikeJobUrl('/news/tech-hiring-slows-as-jobs-report-disappoints')).toBe(false);
    expect(looksLikeJobUrl('/2026/11/plan-to-hire-4000-engineers')).toBe(false);
  });

  it('not an ordinary article title, nor a role word inside a longer word, in the plural or as a modifier', () => {
    expect(looksLikeJobTitle('City council votes on parking')).toBe(false);
    expect(looksLikeJobTitle('How we designed our engineering platform')).toBe(false);
    expect(looksLikeJobTitle('International news: a leading voice on internet policy')).toBe(false);
    expect(looksLikeJobTitle('Regional manufacturers plan to hire 4,000 engineers next year')).toBe(false);
    expect(looksLikeJobTitle('Mozilla Hacks – the Web developer blog')).toBe(false);
    expect(looksLikeJobTitle('Jobs report: hiring slows in November')).toBe(false);
  });
});
