import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../../utils/analysis/headings';
import { analyzeSnapshot } from '../../../utils/analysis/analyze-snapshot';
import { snapshotFromLines } from './helpers';

describe('classifyHeading', () => {
  it.each([
    ['Minimum requirements', 'must'], ['Requirements:', 'must'], ["What you'll need", 'must'],
    ['Qualifications', 'must'], ['Basic Qualifications', 'must'], ['Who you are', 'context'],
    ['Preferred qualifications', 'nice'], ['Nice to have', 'nice'], ['Bonus points', 'nice'],
    ['Pay and benefits', 'benefits'], ['Benefits', 'benefits'], ['Responsibilities', 'responsibilities'],
    ["What you'll do", 'responsibilities'], ['About the team', 'about'], ['Anforderungen', 'must'],
    ['Ihr Profil', 'context'], ['Wünschenswert', 'nice'], ['Von Vorteil', 'nice'], ['Ihre Aufgaben', 'responsibilities'],
    ['Wir bieten', 'benefits'], ['Profil recherché', 'context'], ['Compétences', 'must'], ['Atouts', 'nice'],
    ['Requisitos', 'must'], ['Se valorará', 'nice'], ['Qué harás', 'responsibilities'], ['Qué ofrecemos', 'benefits'],
    ['Un plus', 'nice'], ['Assets', 'nice'], ["It's a plus if you have", 'nice'], ['You might be a fit if you have', 'context'],
    ['You will', 'responsibilities'], ['Les plus', 'nice'], ['Missions', 'responsibilities'], ['Avantages', 'benefits'], ['Office dogs', null],
  ])('%s → %s', (heading, kind) => expect(classifyHeading(heading)).toBe(kind));
});

describe('sections and must/nice', () => {
  it('splits sections by headings and keeps list kinds', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# About the team', 'We build tools for bakers.',
      '# Responsibilities', '- Ship features weekly to our customers',
      '# Requirements', '- Experience with relational databases', '- Familiarity with Kotlin is a plus',
      '# Nice to have', '- Experience running load tests',
      '# Benefits', '- Free lunch on Fridays for everyone',
    ]));
    expect(a.sections.map((s) => s.kind)).toEqual(['about', 'responsibilities', 'must', 'nice', 'benefits']);
    expect(a.requirements.map((r) => [r.text, r.kind])).toEqual([
      ['Experience with relational databases', 'must'],
      ['Familiarity with Kotlin is a plus', 'nice'],
      ['Experience running load tests', 'nice'],
    ]);
  });

  it.each([
    ['Knowledge of Rust is a plus.', 'nice'], ['Terraform experience is a bonus.', 'nice'],
    ['A background in finance is preferred.', 'nice'], ['Nice to have: exposure to GraphQL.', 'nice'],
    ['Ideally you have shipped a mobile app.', 'nice'], ['Bonus points for open-source work.', 'nice'],
    ['Experience with Figma would be great.', 'nice'], ['You have strong SQL skills.', 'must'],
  ])('phrase cue without headings: %s → %s', (sentence, kind) => {
    const a = analyzeSnapshot(snapshotFromLines(['We are hiring an analyst.', sentence]));
    expect(a.requirements.map((r) => r.kind)).toEqual([kind]);
  });

  it('splits a requirements paragraph into sentences', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# Requirements',
      'You have 4+ years of experience with Python, e.g. in data pipelines. Experience with Airflow is a plus. Please apply via the form:',
    ]));
    expect(a.requirements.map((r) => [r.kind, r.years])).toEqual([['must', 4], ['nice', undefined]]);
  });

  it('treats a heading-like requirement line inside requirements as an item', () => {
    const a = analyzeSnapshot(snapshotFromLines(['# Requirements', '- Fluent written English', '# Experience with Kafka streams']));
    expect(a.requirements.map((r) => r.text)).toEqual(['Fluent written English', 'Experience with Kafka streams']);
  });

  it('reads a list under an unknown heading as must when its items read like requirements', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# Things that help', '- 4+ years of experience with payroll systems', '- Strong spreadsheet skills', '- Knowledge of UK tax',
      '# Office snacks', '- Fruit on Mondays', '- Cake on Fridays',
    ]));
    expect(a.sections.map((s) => s.kind)).toEqual(['must', 'other']);
    expect(a.requirements).toHaveLength(3);
  });

  it('keeps one-word bullets and ignores outro paragraphs after a list', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# Assets', '- C++ experience.', '- Kubernetes',
      'Salary is competitive and depends on experience; we share the range early.',
    ]));
    expect(a.requirements.map((r) => [r.text, r.kind])).toEqual([['C++ experience.', 'nice'], ['Kubernetes', 'nice']]);
  });

  it('keeps an item must when "ideally" only qualifies part of it', () => {
    const a = analyzeSnapshot(snapshotFromLines(['# Requirements', '- 6+ years of sales experience, ideally in logistics.']));
    expect(a.requirements.map((r) => r.kind)).toEqual(['must']);
  });

  it('skips meta sentences under "Who you are"', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# Who you are',
      'We want people who meet the minimum requirements below. The preferred qualifications are a bonus.',
      '# Minimum requirements', '- 6+ years of experience building APIs',
    ]));
    expect(a.requirements.map((r) => r.text)).toEqual(['6+ years of experience building APIs']);
  });
});
