import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/node/parse-html';
import { gateLook } from '../../../utils/page/quick-gate';

const article = (paragraphs: number) =>
  `<html><body><header><a href="/">Daily Bugle</a></header><article><h1>City council votes on parking</h1>${'<p>The council met on Tuesday and talked about parking for a long time, as councils do.</p>'.repeat(paragraphs)}</article></body></html>`;

describe('gateLook: is it worth watching a page that is not a posting yet?', () => {
  it('a shell still loading (a spinner, nothing else) is sparse: its posting may arrive late', () => {
    const look = gateLook(parseHtml('<html><body><div id="app"><div class="spinner">Loading</div></div></body></html>'), null);
    expect(look).toEqual({ maybe: false, sparse: true });
  });

  it('a full article is neither a posting nor sparse: no observer for it', () => {
    expect(gateLook(parseHtml(article(400)), 'https://news.example.com/2026/parking')).toEqual({ maybe: false, sparse: false });
  });

  it('a posting is "maybe", never "sparse"', () => {
    const html = '<html><body><h1>Backend Engineer</h1><h2>Requirements</h2><p>Go.</p><h2>Benefits</h2><p>Lunch.</p></body></html>';
    expect(gateLook(parseHtml(html), null)).toEqual({ maybe: true, sparse: false });
    expect(gateLook(parseHtml('<html><body></body></html>'), 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0')).toEqual({ maybe: true, sparse: false });
  });
});

describe('strongSignal: what the gate reads the moment it starts', () => {
  it('a board posting URL or JSON-LD JobPosting, and nothing that needs the walk', async () => {
    const { strongSignal } = await import('../../../utils/page/quick-gate');
    const blank = parseHtml('<html><head></head><body><p>Hi</p></body></html>');
    expect(strongSignal(blank, 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0')).toBe(true);
    expect(strongSignal(blank, 'https://news.example.com/2026/hiring')).toBe(false);
    const ld = parseHtml('<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Baker"}</script></head><body></body></html>');
    expect(strongSignal(ld, null)).toBe(true);
    const cues = parseHtml('<html><body><h2>Requirements</h2><h2>Benefits</h2></body></html>');
    expect(strongSignal(cues, null)).toBe(false); // cue headings need the walk
    expect(gateLook(cues, null).maybe).toBe(true);
  });
});

describe('gateLook without strong signals: the walk over short texts runs only where a posting is plausible', () => {
  const labels = (title: string) =>
    `<html><head><title>${title}</title></head><body><div class="label">What you'll do</div><div>Fix things.</div>` +
    `<div class="label">Requirements</div><div>Patience.</div>${'<p>More text about the team.</p>'.repeat(200)}</body></html>`;

  it('cue labels in plain divs count when the title could name a role', () => {
    expect(gateLook(parseHtml(labels('Support Engineer | Quillon')), 'https://quillon.example/team/support')).toEqual({ maybe: true, sparse: false });
  });

  it('the same labels under a title and URL that name no role or jobs page are not walked (most pages stop at the queries)', () => {
    expect(gateLook(parseHtml(labels('Quillon')), 'https://quillon.example/about')).toEqual({ maybe: false, sparse: false });
    expect(gateLook(parseHtml(labels('Quillon')), 'https://quillon.example/careers/support')).toEqual({ maybe: true, sparse: false });
  });

  it('one cue heading does not make the walk worth it without a role or jobs page in the title or URL', () => {
    const oneHeading = labels('Quillon Weekly').replace('<div class="label">Requirements</div>', '<h2>Requirements</h2>');
    expect(gateLook(parseHtml(oneHeading), 'https://quillon.example/blog/week-12')).toEqual({ maybe: false, sparse: false });
    expect(gateLook(parseHtml(oneHeading.replace('Quillon Weekly', 'Support Engineer')), 'https://quillon.example/p/12').maybe).toBe(true);
  });

  it('two cue headings decide without the walk; microdata decides without any cue', () => {
    expect(gateLook(parseHtml('<html><body><h3>Requirements</h3><b>Benefits</b></body></html>'), null).maybe).toBe(true);
    expect(gateLook(parseHtml('<html><body><div itemscope itemtype="https://schema.org/JobPosting"><p>Baker</p></div></body></html>'), null).maybe).toBe(true);
  });
});

describe('gateLook: cue words', () => {
  const page = (title: string, body: string) => parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

  it('counts list items led by "Required:" and "Preferred:" as cues, however long the item', () => {
    const items = `<h1>Mobile Developer</h1><h2>Skills</h2><ul>
      <li>Required: four years of shipping native apps to the store, with tests and crash reporting in place</li>
      <li>Preferred: some experience with offline sync</li></ul>`;
    expect(gateLook(page('Mobile Developer | Acme', items), null).maybe).toBe(true);
    // The same words inside a sentence are not labels.
    const prose = `<h1>Mobile Developer</h1><p>Testing is required for every release of the app, as the team preferred.</p>`;
    expect(gateLook(page('Mobile Developer | Acme', prose), null).maybe).toBe(false);
  });

  it('takes short labels ("Pay", "The role") only as a whole heading', () => {
    expect(gateLook(page('Acme', '<h2>The role</h2><h2>Pay</h2>'), null).maybe).toBe(true);
    const news = '<h1>Pay attention to these trends</h1><h2>The role of cities in the energy shift</h2>';
    expect(gateLook(page('Daily Bugle', news), null).maybe).toBe(false);
  });

  it('reads posting section headings in Dutch and Italian', () => {
    expect(gateLook(page('Werken bij Acme', '<h2>Wat ga je doen?</h2><h2>Wat vragen wij?</h2>'), null).maybe).toBe(true);
    expect(gateLook(page('Lavora con noi', '<h2>Di cosa ti occuperai</h2><h2>Cosa offriamo</h2>'), null).maybe).toBe(true);
  });
});

describe('gateLook: a page that declares itself an article', () => {
  const cues = '<h1>We are hiring engineers</h1><h2>Requirements</h2><p>Patience.</p><h2>Benefits</h2><p>Lunch.</p>';
  const page = (head: string, url: string | null = null) =>
    gateLook(parseHtml(`<html><head><title>Backend Engineer</title>${head}</head><body>${cues}</body></html>`), url);
  const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

  it('stops on og:type "article", whatever its headings and title say', () => {
    expect(page('<meta property="og:type" content="article">')).toEqual({ maybe: false, sparse: false });
    expect(page('<meta property="og:type" content="Article">').maybe).toBe(false);
    // The same page typed as a website, or untyped, is read as before.
    expect(page('<meta property="og:type" content="website">').maybe).toBe(true);
    expect(page('').maybe).toBe(true);
  });

  it('stops on JSON-LD typed as an article or a post, in any of its shapes', () => {
    expect(page(ld({ '@type': 'NewsArticle', headline: 'Acme hires' })).maybe).toBe(false);
    expect(page(ld({ '@type': ['BlogPosting', 'Thing'] })).maybe).toBe(false);
    expect(page(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'https://schema.org/Article' }] })).maybe).toBe(false);
    expect(page(ld({ '@type': 'BreadcrumbList' })).maybe).toBe(true);
  });

  it('still passes a JobPosting typed alongside an article, and a board posting URL', () => {
    expect(page(ld({ '@graph': [{ '@type': 'Article' }, { '@type': 'JobPosting', title: 'Baker' }] })).maybe).toBe(true);
    expect(page(`<meta property="og:type" content="article">${ld({ '@type': 'JobPosting', title: 'Baker' })}`).maybe).toBe(true);
    expect(page('<meta property="og:type" content="article">', 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0').maybe).toBe(true);
  });
});
