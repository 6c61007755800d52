import { describe, expect, it } from 'vitest';
import { techEntries } from '../../../utils/tech/dictionary/index';
import type { TechCategory } from '../../../utils/types';

const CATEGORIES: readonly TechCategory[] = [
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool',
  'platform', 'data', 'testing', 'mobile', 'protocol', 'os', 'other',
];

describe('tech dictionary', () => {
  const entries = techEntries();

  it('holds at least 800 technologies', () => {
    expect(entries.length).toBeGreaterThanOrEqual(800);
  });

  it('uses only valid categories and non-empty names without markers', () => {
    for (const e of entries) {
      expect(CATEGORIES).toContain(e.category);
      expect(e.name).toMatch(/^[^~!=\s]/);
      expect(e.surfaces.length).toBeGreaterThan(0);
    }
  });

  it('never gives one alias to two technologies', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const s of e.surfaces) {
        const k = s.text.toLowerCase();
        const prev = owner.get(k);
        if (prev !== undefined && prev !== e.name) clashes.push(`${s.text}: ${prev} / ${e.name}`);
        owner.set(k, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has unique canonical names', () => {
    const seen = new Set<string>();
    const repeats = entries.map((e) => e.name).filter((n) => seen.has(n) || !seen.add(n));
    expect(repeats).toEqual([]);
  });

  it.each(['Hiring', 'Leadership', 'Fraud', 'Communication', 'API', 'Planning', 'Storage', 'Serverless'])(
    'does not list %s',
    (word) => {
      const all = entries.flatMap((e) => e.surfaces.map((s) => s.text.toLowerCase()));
      expect(all).not.toContain(word.toLowerCase());
    },
  );

  it.each([
    ['Go', 'Golang'],
    ['Kubernetes', 'k8s'],
    ['PostgreSQL', 'Postgres'],
    ['JavaScript', 'JS'],
    ['Node.js', 'NodeJS'],
  ])('%s is canonical with alias %s', (name, alias) => {
    const entry = entries.find((e) => e.name === name);
    expect(entry?.surfaces.map((s) => s.text)).toContain(alias);
  });
});
