import { describe, expect, it } from 'vitest';
import { findTech } from '../../../utils/tech/find-tech';
import { parseLabelled } from './labelled';
import { LABELLED_SNIPPETS } from './labelled-snippets';

const key = (h: { start: number; end: number; name: string }): string => `${h.start}:${h.end}:${h.name}`;

describe('tech matcher on the labelled snippets', () => {
  const parsed = LABELLED_SNIPPETS.map(parseLabelled);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, hits } of parsed) {
    const expected = new Set(hits.map(key));
    const found = new Set(findTech(text).map(key));
    for (const k of found) if (expected.has(k)) tp++; else fp++;
    for (const k of expected) if (!found.has(k)) fn++;
  }

  it('is a real measurement set (>= 60 snippets, >= 300 labelled mentions)', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(60);
    expect(parsed.reduce((n, p) => n + p.hits.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('has precision >= 0.95 and recall >= 0.9', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reports offsets that slice exactly the matched surface', () => {
    for (const { text } of parsed) {
      for (const h of findTech(text)) {
        const surface = text.slice(h.start, h.end);
        expect(surface.trim()).toBe(surface);
        expect(surface.length).toBeGreaterThan(0);
      }
    }
  });
});
