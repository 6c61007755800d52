import { describe, expect, it } from 'vitest';
import { countCues, looksLikeJobPage } from '../../../utils/page/gate-cues';

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

describe('looksLikeJobPage', () => {
  it('a title or path naming a role or a jobs page, in several languages', () => {
    expect(looksLikeJobPage('Senior Data Engineer - Acme')).toBe(true);
    expect(looksLikeJobPage('Data Analist | Werken bij Groenwoud')).toBe(true);
    expect(looksLikeJobPage('/careers/123')).toBe(true);
    expect(looksLikeJobPage('Entwickler (m/w/d)')).toBe(true);
  });

  it('not an ordinary article title or path', () => {
    expect(looksLikeJobPage('City council votes on parking')).toBe(false);
    expect(looksLikeJobPage('/2024/05/some-article')).toBe(false);
  });
});
