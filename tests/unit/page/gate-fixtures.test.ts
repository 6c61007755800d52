// The gate (run on every page) against our fixture sets: it must let every posting through to the full read, with a
// URL that names nothing (the page's own words decide), and keep article-like pages out.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseHtml } from '../../../utils/node/parse-html';
import { gateLook } from '../../../utils/page/quick-gate';
import { loadPages, loadPostingFixtures } from '../../../scripts/lib/fixture-corpus';

const PLAIN_URL = 'https://example.com/page';
const postings = [
  ...loadPostingFixtures(),
  ...loadPostingFixtures(resolve('tests/fixtures/postings-blind')),
].filter((f) => f.kind === 'html');

describe('the gate on our fixtures', () => {
  it('lets every posting page through, labelled and blind', () => {
    expect(postings.length).toBeGreaterThan(50);
    const missed = postings.filter((f) => !gateLook(parseHtml(f.source), PLAIN_URL).maybe).map((f) => f.name);
    expect(missed).toEqual([]);
  });

  // Not listed: pages whose headings are posting sections on purpose (a blog post on writing job descriptions,
  // listings with JSON-LD): the gate lets them through and the full read says no.
  it('keeps article-like non-postings out (news and press about hiring, blogs, recipes, forums, products)', () => {
    const ARTICLES = /^(?:news-|press-|tech-blog|recipe|forum|product|event|about|careers-landing)/;
    const articles = loadPages().filter((p) => ARTICLES.test(p.name));
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const passed = articles.filter((p) => gateLook(parseHtml(p.source), PLAIN_URL).maybe).map((p) => p.name);
    expect(passed).toEqual([]);
  });
});
