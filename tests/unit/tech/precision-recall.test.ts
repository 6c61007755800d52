import { describe, expect, it } from 'vitest';
import { findTech } from '../../../utils/tech/find-tech';
import { BLIND_SNIPPETS } from './blind-snippets';
import { HOLDOUT_SNIPPETS } from './holdout-snippets';
import { parseLabelled } from './labelled';
import { LABELLED_SNIPPETS } from './labelled-snippets';

const key = (h: { start: number; end: number; name: string }): string => `${h.start}:${h.end}:${h.name}`;

/** True/false positives and false negatives of findTech against labelled snippets (span and name must agree). */
function measure(snippets: readonly string[]): { tp: number; fp: number; fn: number; mentions: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let mentions = 0;
  for (const { text, hits } of snippets.map(parseLabelled)) {
    mentions += hits.length;
    const expected = new Set(hits.map(key));
    const found = new Set(findTech(text).map(key));
    for (const k of found) if (expected.has(k)) tp++;
    else fp++;
    for (const k of expected) if (!found.has(k)) fn++;
  }
  return { tp, fp, fn, mentions };
}

describe.each([
  ['tuning set', LABELLED_SNIPPETS],
  ['hold-out set', HOLDOUT_SNIPPETS],
  ['blind set', BLIND_SNIPPETS],
])('tech matcher on the %s', (_name, snippets) => {
  const m = measure(snippets);

  it('has precision >= 0.95 and recall >= 0.9', () => {
    expect(m.tp / (m.tp + m.fp)).toBeGreaterThanOrEqual(0.95);
    expect(m.tp / (m.tp + m.fn)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('measurement sets', () => {
  it('are large enough to mean something (>= 60 snippets, >= 300 mentions in all)', () => {
    const all = [...LABELLED_SNIPPETS, ...HOLDOUT_SNIPPETS, ...BLIND_SNIPPETS];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(measure(all).mentions).toBeGreaterThanOrEqual(300);
    expect(measure(LABELLED_SNIPPETS).mentions).toBeGreaterThanOrEqual(300);
  });

  it('slice exactly the matched surface', () => {
    for (const { text } of [...LABELLED_SNIPPETS, ...HOLDOUT_SNIPPETS].map(parseLabelled)) {
      for (const h of findTech(text)) {
        const surface = text.slice(h.start, h.end);
        expect(surface).toBe(surface.trim());
        expect(surface.length).toBeGreaterThan(0);
      }
    }
  });
});
