/**
 * Build-time check: which dictionary aliases are ordinary English words (or people's names) according to
 * compromise's lexicon, and which of those are not marked (`~`, `!` or `=`, see utils/tech/dictionary/format.ts).
 * An unmarked English word would match "go", "rest" or "make" in plain prose.
 *
 *   npx tsx scripts/check-tech-dictionary.ts        # report; exit 1 when an English-word alias is unmarked
 */
import nlp from 'compromise';
import { pathToFileURL } from 'node:url';
import { techEntries } from '../utils/tech/dictionary/index';

/** Lexicon tags that say nothing about ordinary prose (brand-like entries compromise knows). */
const IGNORED_TAGS = new Set(['Organization', 'Company']);
const SINGLE_WORD = /^[\p{L}][\p{L}\d]*$/u;
/** One- and two-letter aliases are too short to trust without a case rule, whatever the lexicon says. */
const SHORT = 2;
const PHRASE_SPLIT = /[\s/-]+/;
const LETTERS = /^\p{L}+$/u;

export interface EnglishAlias {
  entry: string;
  alias: string;
  /** Lexicon tag, or 'short' for one- and two-letter aliases. */
  tag: string;
  marked: boolean;
}

/**
 * Every single-word alias that compromise's lexicon knows as an English word or name.
 * @example englishAliases().find((a) => a.alias === 'Go') // { entry: 'Go', tag: 'Infinitive', marked: true, … }
 */
export function englishAliases(): EnglishAlias[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: EnglishAlias[] = [];
  for (const entry of techEntries()) {
    for (const surface of entry.surfaces) {
      if (!SINGLE_WORD.test(surface.text)) continue;
      const lower = surface.text.toLowerCase();
      const raw = lexicon[lower];
      const tag = Array.isArray(raw) ? raw.join(',') : raw;
      const english = tag !== undefined && !IGNORED_TAGS.has(tag);
      const short = surface.text.length <= SHORT;
      if (!english && !short) continue;
      out.push({ entry: entry.name, alias: surface.text, tag: english ? tag : 'short', marked: surface.mode !== 'plain' });
    }
  }
  return out;
}

/**
 * Unmarked multi-word aliases made only of words the lexicon knows ("Spring Boot", "Cloud Run"): not an error,
 * since most are product names, but worth a look: lowercase prose can hold the same phrase.
 * @example englishPhrases().includes('Spring Boot') // true
 */
export function englishPhrases(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const out: string[] = [];
  for (const entry of techEntries()) {
    for (const surface of entry.surfaces) {
      if (surface.mode !== 'plain') continue;
      const words = surface.text.split(PHRASE_SPLIT);
      if (words.length > 1 && words.every((w) => LETTERS.test(w) && lexicon[w.toLowerCase()] !== undefined)) {
        out.push(surface.text);
      }
    }
  }
  return out;
}

function main(): void {
  const found = englishAliases();
  const unmarked = found.filter((a) => !a.marked);
  console.log(`${found.length} aliases are English words or very short; ${found.length - unmarked.length} are marked.`);
  for (const a of unmarked) console.log(`UNMARKED  ${a.alias}  (${a.tag})  in ${a.entry}`);
  const phrases = englishPhrases();
  console.log(`${phrases.length} unmarked multi-word aliases are made of English words (review, not an error):`);
  console.log(`  ${phrases.join(', ')}`);
  process.exitCode = unmarked.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
