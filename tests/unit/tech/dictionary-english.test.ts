import { describe, expect, it } from 'vitest';
import { englishAliases } from '../../../scripts/check-tech-dictionary';

// The same check as `npx tsx scripts/check-tech-dictionary.ts`: compromise's lexicon flags aliases that are English
// words or names; each must carry a case or context marker, or it would match ordinary prose.
describe('dictionary aliases that are English words', () => {
  const found = englishAliases();

  it('finds the known ones (the check itself works)', () => {
    const aliases = found.map((a) => a.alias);
    for (const word of ['Go', 'Rust', 'Swift', 'Spring', 'Make', 'Julia']) expect(aliases).toContain(word);
  });

  it('are all marked ambiguous or case-sensitive', () => {
    expect(found.filter((a) => !a.marked).map((a) => `${a.alias} (${a.tag}) in ${a.entry}`)).toEqual([]);
  });
});
