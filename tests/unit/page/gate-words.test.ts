import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_WORDS, gateWordIn } from '../../../utils/page/posting-cues';

/** The regex the word list replaced: the list must find what it found. */
const REFERENCE =
  /requirements|qualifications|responsibilit|what you(?:'|’)?ll (?:do|need|be doing)|what you will do|we(?:'|’)?re looking for|what we offer|perks|salary|what you need|what you bring|you will need|who you are|about you|your profile|nice to have|desirable|benefits|apply|anforderungen|ihr profil|dein profil|aufgaben|wir bieten|bewerben|profil recherché|missions|compétences|avantages|postuler|requisitos|requisiti|responsabilidades|qué harás|qué ofrecemos|functie-eisen|solliciteer/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Short texts between tags in every fixture page (what the gate reads). */
const texts = htmlFiles('tests')
  .flatMap((f) => readFileSync(f, 'utf8').split(/<[^>]*>/))
  .map((t) => t.trim())
  .filter((t) => t && t.length <= 120);

describe('gate words', () => {
  it('finds the word the regex found, in every short text of our fixtures', () => {
    expect(texts.length).toBeGreaterThan(2000);
    let hits = 0;
    for (const t of texts) {
      const ref = REFERENCE.exec(t)?.[0].toLowerCase() ?? null;
      if (ref) hits++;
      expect(gateWordIn(t), t).toBe(ref);
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('matches across case, accents and both apostrophes', () => {
    expect(gateWordIn('WHAT YOU’LL DO')).toBe('what you’ll do');
    expect(gateWordIn("What you'll need")).toBe("what you'll need");
    expect(gateWordIn('Profil Recherché')).toBe('profil recherché');
    expect(gateWordIn('Apply · Benefits')).toBe('apply');
    expect(gateWordIn('Company news')).toBeNull();
    for (const w of GATE_WORDS) expect(REFERENCE.exec(w)?.[0].toLowerCase()).toBe(w);
  });
});
