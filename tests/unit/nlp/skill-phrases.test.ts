import { describe, expect, it } from 'vitest';
import type { PostingAnalysis, Requirement, Section } from '../../../utils/types';
import { findSkillPhrases, MAX_SKILL_CHARS } from '../../../utils/nlp/skill-phrases';
import { HELD_OUT_CASES, SKILL_CASES, score, type SkillCase } from './skill-fixtures';

type Input = Pick<PostingAnalysis, 'text' | 'requirements' | 'sections' | 'highlights'>;

/** Each line a must item, joined by newlines, as the analysis pass would hand them over. */
function asAnalysis(lines: readonly string[], extra: Partial<Input> = {}): Input {
  let text = '';
  const requirements: Requirement[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    requirements.push({ text: line, kind: 'must', start: text.length, end: text.length + line.length });
    text += line;
  }
  return { text, requirements, sections: [], highlights: [], ...extra };
}

/** Skills per case, each case run on its own. */
function predict(cases: readonly SkillCase[]): string[][] {
  return cases.map((c) => findSkillPhrases(asAnalysis([c.line])).skills);
}

describe('findSkillPhrases', () => {
  it('reaches precision >= 0.8 on the labelled requirement lines', () => {
    const r = score(predict(SKILL_CASES));
    expect(SKILL_CASES.length).toBeGreaterThanOrEqual(25);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('reaches precision >= 0.8 on the held-out lines too', () => {
    expect(score(predict(HELD_OUT_CASES), HELD_OUT_CASES).precision).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['Experience with distributed systems.', 'distributed systems'],
    ['Strong background in distributed infrastructure and/or platform services.', 'distributed infrastructure'],
    ['Experience leading teams working on API design, SDKs, or client libraries.', 'API design'],
    ['Experience managing rigorous incident response processes.', 'incident response'],
    ['Deep knowledge of operational excellence practices, metrics and alerts.', 'operational excellence practices'],
  ])('shortest phrase in "%s" includes %s', (line, phrase) => {
    expect(findSkillPhrases(asAnalysis([line])).skills).toContain(phrase);
  });

  it.each([
    ['Experience with distributed systems.', 'experience with distributed systems'],
    ['Strong problem-solving skills and a growth mindset.', 'problem-solving skills'],
    ['Proven track record of shipping pragmatic solutions.', 'track record'],
  ])('never emits the generic wrapper for "%s"', (line, wrong) => {
    expect(findSkillPhrases(asAnalysis([line])).skills.map((s) => s.toLowerCase())).not.toContain(wrong);
  });

  it('puts highlights exactly on the phrase in the full text, with one entry per mention', () => {
    const a = asAnalysis(['Experience with API design.', 'You will own API design reviews and API design docs.']);
    const r = findSkillPhrases(a);
    for (const h of r.highlights) {
      expect(h.kind).toBe('skill');
      expect(a.text.slice(h.start, h.end).toLowerCase()).toBe(h.label.toLowerCase());
    }
    expect(r.highlights.filter((h) => h.label === 'API design').length).toBeGreaterThanOrEqual(1);
    expect(r.skills.filter((s) => s.toLowerCase() === 'api design')).toHaveLength(1);
  });

  it('looks only inside requirements and responsibilities', () => {
    const text = 'We sell distributed storage appliances.\nResponsibilities\nImprove release engineering.\nRequirements\nKnowledge of capacity planning.';
    const reqStart = text.indexOf('Knowledge');
    const respHeading = text.indexOf('Responsibilities');
    const sections: Section[] = [
      { kind: 'about', start: 0, end: respHeading, heading: null },
      { kind: 'responsibilities', start: respHeading, end: text.indexOf('Requirements'), heading: 'Responsibilities' },
      { kind: 'must', start: text.indexOf('Requirements'), end: text.length, heading: 'Requirements' },
    ];
    const r = findSkillPhrases({
      text, sections, highlights: [],
      requirements: [{ text: text.slice(reqStart), kind: 'must', start: reqStart, end: text.length }],
    });
    expect(r.skills).toEqual(['release engineering', 'capacity planning']);
  });

  it('leaves phrases that are exactly a tech hit to the tech highlights', () => {
    const line = 'Experience with machine learning and stream processing.';
    expect(findSkillPhrases(asAnalysis([line])).skills).toEqual(['machine learning', 'stream processing']);
    const at = line.indexOf('machine learning');
    const r = findSkillPhrases(asAnalysis([line], {
      highlights: [{ start: at, end: at + 'machine learning'.length, kind: 'tech', label: 'Machine Learning' }],
    }));
    expect(r.skills).toEqual(['stream processing']);
  });

  it.each([
    ['Run training jobs on our GPU cluster.', 'training jobs'],
    ['Speed up triage of security alerts.', 'security alerts'],
    ['Work with data scientists on forecasting models.', 'forecasting models'],
  ])('drops opening verbs and people in "%s"', (line, phrase) => {
    const skills = findSkillPhrases(asAnalysis([line])).skills;
    expect(skills).toContain(phrase);
    expect(skills.every((s) => !/^(?:run|up|speed)\b|scientists$/iu.test(s))).toBe(true);
  });

  it('keeps the case of names and lower-cases a sentence capital', () => {
    const skills = findSkillPhrases(asAnalysis(['WordPress plugin development for clients.', 'Distributed tracing at scale.'])).skills;
    expect(skills).toEqual(['WordPress plugin development', 'distributed tracing']);
  });

  it.each([
    ['Mindestens drei Jahre Erfahrung mit verteilten Systemen und der Entwicklung von APIs.'],
    ["Vous maîtrisez les outils d'intégration continue et la supervision des applications."],
  ])('stays silent on text compromise cannot read: %s', (line) => {
    expect(findSkillPhrases(asAnalysis([line]))).toEqual({ skills: [], highlights: [] });
  });

  it('returns nothing for an analysis without requirements', () => {
    expect(findSkillPhrases({ text: 'Hello world', requirements: [], sections: [], highlights: [] })).toEqual({ skills: [], highlights: [] });
  });
});

describe('findSkillPhrases bounds', () => {
  it('reads at most MAX_SKILL_CHARS of requirement text', () => {
    const line = 'Experience with capacity planning.';
    const lines = Array.from({ length: Math.ceil((MAX_SKILL_CHARS * 2) / (line.length + 1)) }, () => line);
    const last = 'Experience with quantum annealing.';
    const r = findSkillPhrases(asAnalysis([...lines, last]));
    expect(r.skills).toEqual(['capacity planning']);
    // Items are read whole until the budget runs out: about MAX_SKILL_CHARS / line length of them.
    expect(r.highlights.length).toBeLessThanOrEqual(Math.ceil(MAX_SKILL_CHARS / line.length));
    expect(r.highlights.length).toBeGreaterThan(MAX_SKILL_CHARS / line.length - 2);
  });
});
