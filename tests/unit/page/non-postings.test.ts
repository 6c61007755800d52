import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/page/read-page';
import { loadFixture } from './load-fixture';

const DIR = fileURLToPath(new URL('../../fixtures/non-postings/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html'));

describe('non-posting fixtures', () => {
  it('has at least 15 pages', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(FILES)('%s is not detected as a posting', (file) => {
    const { doc, url } = loadFixture(DIR + file);
    const s = readPage(doc, url);
    expect(s.detection.isJobPosting, s.detection.reasons.join('; ')).toBe(false);
    expect(s.text.length).toBeGreaterThan(100);
  });

  it('says why a listing with several JobPosting items is not one posting', () => {
    const s = readPage(loadFixture(`${DIR}listing-several-jsonld.html`).doc, null);
    expect(s.detection.source).toBe('json-ld');
    expect(s.detection.reasons.join(' ')).toMatch(/6 JobPosting items/);
  });
});
