import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/node/parse-html';
import { findJsonLdPostings } from '../../../utils/page/json-ld';
import { parseLenientJson } from '../../../utils/page/lenient-json';
import { quickGate, readPage } from '../../../utils/page/read-page';

const BODY = '<main><h1>Data Engineer</h1><p>Short intro.</p></main>';
const page = (script: string, body = BODY): string =>
  `<!doctype html><html><head><title>x</title>${script}</head><body>${body}</body></html>`;
const ld = (json: string, type = 'application/ld+json'): string => `<script type="${type}">${json}</script>`;
const POSTING = '{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"}}';

describe('JSON-LD JobPosting variants', () => {
  it.each([
    ['plain object', ld(`{"@context":"https://schema.org",${POSTING.slice(1)}`)],
    ['inside @graph', ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},${POSTING}]}`)],
    ['top-level array', ld(`[{"@type":"Organization","name":"Acme"},${POSTING}]`)],
    ['nested as mainEntity', ld(`{"@type":"WebPage","mainEntity":${POSTING}}`)],
    ['@type array', ld('{"@type":["JobPosting","Thing"],"title":"Data Engineer","hiringOrganization":"Acme"}')],
    ['schema: prefixed type', ld('{"@type":"schema:JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"}}')],
    ['entity-encoded type attribute', `<script type="application/ld&amp;#x2B;json">${POSTING}</script>`],
    ['trailing commas', ld('{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme",},}')],
    ['raw newline in a string', ld('{"@type":"JobPosting","title":"Data Engineer","description":"line one\nline two","hiringOrganization":{"name":"Acme"}}')],
    ['HTML comment around it', ld(`<!-- ${POSTING} -->`)],
    ['CDATA wrapper', ld(`//<![CDATA[\n${POSTING}\n//]]>`)],
    ['HTML in the description', ld('{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"},"description":"<p>We <b>ship</b> &amp; learn</p>"}')],
    ['escaped script end in a string', ld('{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"},"description":"<\\/script><script>alert(1)<\\/script>"}')],
  ])('%s → one posting titled "Data Engineer"', (_name, script) => {
    const doc = parseHtml(page(script));
    expect(findJsonLdPostings(doc)).toHaveLength(1);
    expect(quickGate(doc, null)).toBe(true);
    const s = readPage(doc, null);
    expect(s.detection).toMatchObject({ isJobPosting: true, source: 'json-ld' });
    expect(s.facts.title).toBe('Data Engineer');
    expect(s.facts.company).toBe('Acme');
  });

  it('salvages title and company from a block cut short by a literal </script> in a string', () => {
    const html = page(ld('{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"@type":"Organization","name":"Acme"},"description":"<p>see </script><p>tail text"}'));
    const doc = parseHtml(html);
    const s = readPage(doc, null);
    expect(s.detection.isJobPosting).toBe(true);
    expect(s.facts).toMatchObject({ title: 'Data Engineer', company: 'Acme' });
  });

  it('counts the same posting declared twice once', () => {
    const doc = parseHtml(page(ld(POSTING) + ld(POSTING)));
    expect(findJsonLdPostings(doc)).toHaveLength(1);
  });

  it('treats two different postings as a listing', () => {
    const two = ld(`[${POSTING},{"@type":"JobPosting","title":"Data Analyst"}]`);
    const s = readPage(parseHtml(page(two)), null);
    expect(s.detection.isJobPosting).toBe(false);
  });

  it('ignores other schema types', () => {
    const doc = parseHtml(page(ld('{"@type":"NewsArticle","headline":"Acme hires 500 engineers"}')));
    expect(findJsonLdPostings(doc)).toHaveLength(0);
  });

  it('uses the JSON-LD description when the visible text is nearly empty', () => {
    const desc = '<h2>Requirements</h2><ul><li>5+ years with Go</li></ul><script>document.title = "pwned"</script>';
    // As sites emit it: "</" escaped inside the script element.
    const json = JSON.stringify({ '@type': 'JobPosting', title: 'Go Engineer', description: desc }).replaceAll('</', '<\\/');
    const doc = parseHtml(page(ld(json), '<div id="app"></div>'));
    const s = readPage(doc, null);
    expect(s.text).toBe('Requirements\n5+ years with Go');
    expect(s.blocks.map((b) => b.kind)).toEqual(['heading', 'item']);
    expect(doc.title).toBe('x');
  });

  it('reads an entity-encoded HTML description', () => {
    const desc = '&lt;p&gt;Build &amp;amp; run the ledger.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;';
    const doc = parseHtml(page(ld(JSON.stringify({ '@type': 'JobPosting', title: 'Go Engineer', description: desc })), '<div></div>'));
    expect(readPage(doc, null).text).toBe('Build & run the ledger.\nGo');
  });
});

describe('parseLenientJson', () => {
  it.each([
    ['{"a":1}', { a: 1 }],
    ['{"a":[1,2,],}', { a: [1, 2] }],
    ['<!-- {"a":"x"} -->', { a: 'x' }],
    ['{"a":"one\ntwo\tthree"}', { a: 'one\ntwo\tthree' }],
    ['{&quot;a&quot;:&quot;b&quot;}', { a: 'b' }],
  ])('%s', (src, want) => {
    expect(parseLenientJson(src)).toEqual(want);
  });

  it('returns undefined for text that is not JSON', () => {
    expect(parseLenientJson('window.dataLayer = [];')).toBeUndefined();
  });
});
