import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/node/parse-html';
import type { ExtractedText } from '../../../utils/page/extract-text';
import { EXTRACT_STEP_NODES, extractText, extractTextSteps } from '../../../utils/page/extract-text';
import { hasTextAtLeast } from '../../../utils/page/posting-root';
import { runCountingPauses } from './run-counting-pauses';

const extract = (html: string, opts = {}): ExtractedText => extractText(parseHtml(html).body, opts);
const kinds = (x: ExtractedText): string[] =>
  x.blocks.map((b) => `${b.kind}${b.level ?? ''}:${x.text.slice(b.start, b.end)}`);

describe('extractText blocks', () => {
  it.each([
    ['headings, items, paragraphs', '<h1>Data Engineer</h1><p>We  build\n  maps.</p><h2>Requirements</h2><ul><li>Go</li><li>SQL</li></ul>',
      ['heading1:Data Engineer', 'para:We build maps.', 'heading2:Requirements', 'item:Go', 'item:SQL']],
    ['role=heading with aria-level', '<div role="heading" aria-level="3">Benefits</div><div>Good pay.</div>', ['heading3:Benefits', 'para:Good pay.']],
    ['bold-only line acts as a heading', '<p><strong>What you will do</strong></p><p>Ship <b>fast</b> code.</p>', ['heading4:What you will do', 'para:Ship fast code.']],
    ['label line ending with a colon', '<p>Requirements:</p><p>Go.</p>', ['heading4:Requirements:', 'para:Go.']],
    ['<br> splits lines, bullet lines are items', '<p>Intro line.<br>• Go<br>- Rust<br>3. SQL</p>', ['para:Intro line.', 'item:• Go', 'item:- Rust', 'item:3. SQL']],
    ['dt/dd and table cells', '<dl><dt>Location</dt><dd>Berlin</dd></dl><table><tr><th>Salary</th><td>€80k</td></tr></table>',
      ['term:Location', 'term:Berlin', 'cell:Salary', 'cell:€80k']],
    ['paragraph inside a list item stays an item', '<ul><li><p>Own the <em>ledger</em></p></li></ul>', ['item:Own the ledger']],
    ['inline elements do not split words', '<p>Node<span>.js</span> and <a href="#">C++</a></p>', ['para:Node.js and C++']],
    ['div text runs around a nested block', '<div>Before<div>Inside</div>After</div>', ['para:Before', 'para:Inside', 'para:After']],
  ])('%s', (_name, html, want) => {
    expect(kinds(extract(html))).toEqual(want);
  });

  it('joins blocks with a newline and offsets point into the text', () => {
    const x = extract('<h2>A title</h2><p>One.</p><ul><li>Two</li></ul>');
    expect(x.text).toBe('A title\nOne.\nTwo');
    for (const b of x.blocks) expect(x.text[b.end] ?? '\n').toBe('\n');
  });
});

describe('extractText skips what is not visible posting text', () => {
  it.each([
    ['script/style/noscript/template', '<script>var a = "Secret"</script><style>.x{}</style><noscript>Secret</noscript><template><p>Secret</p></template>'],
    ['svg and iframe', '<svg><text>Secret</text></svg><iframe>Secret</iframe>'],
    ['hidden attribute', '<div hidden><p>Secret</p></div>'],
    ['aria-hidden', '<div aria-hidden="true">Secret</div>'],
    ['display:none', '<div style="color: red; display : none">Secret</div>'],
    ['visibility:hidden', '<p style="visibility:hidden">Secret</p>'],
    ['nav', '<nav><a href="/">Secret</a></nav>'],
    ['form controls', '<form><label>Name <input value="Secret"></label><select><option>Secret</option></select><textarea>Secret</textarea><button>Secret</button></form>'],
    ['cookie banner', '<div id="onetrust-banner-sdk"><p>Secret</p></div><div class="cookie-consent">Secret</div>'],
    ['role=navigation', '<div role="navigation">Secret</div>'],
  ])('%s', (_name, html) => {
    const x = extract(`<main><h1>Title</h1>${html}<p>Visible text.</p></main>`);
    expect(x.text).toBe('Title\nVisible text.');
  });

  it('skips the site header and footer outside the main content', () => {
    const x = extract('<header><p>Site name</p></header><div><h1>Role</h1><p>Body.</p></div><footer><p>Imprint</p></footer>');
    expect(x.text).toBe('Role\nBody.');
  });

  it('keeps header and footer inside the main content', () => {
    const x = extract('<article><header><h1>Role</h1></header><p>Body.</p><footer><p>Posted today.</p></footer></article>');
    expect(x.text).toBe('Role\nBody.\nPosted today.');
  });
});

describe('extractText segments', () => {
  const HTML = `<main><h1>Senior  Engineer</h1>
    <p>  Build   <b>Go</b> services,\n   with <a href="#">Node.js</a>&nbsp;and C++. </p>
    <ul><li>5+ years<br>of experience</li></ul><p>Tab\tseparated\ttext</p></main>`;

  it('map every run back to its DOM text node exactly', () => {
    const x = extract(HTML, { withSegments: true });
    expect(x.segments?.length).toBeGreaterThan(5);
    const covered = new Uint8Array(x.text.length);
    let last = -1;
    for (const s of x.segments ?? []) {
      expect(s.node.data.substr(s.nodeOffset, s.length)).toBe(x.text.substr(s.start, s.length));
      expect(s.start).toBeGreaterThan(last);
      last = s.start + s.length - 1;
      covered.fill(1, s.start, s.start + s.length);
    }
    // Only the separators the extractor inserts (one space, or the newline between blocks) have no segment.
    const uncovered = Array.from(x.text).filter((_c, i) => !covered[i]);
    expect(uncovered.every((c) => c === ' ' || c === '\n')).toBe(true);
    expect(x.text).toBe('Senior Engineer\nBuild Go services, with Node.js\u00a0and C++.\n5+ years\nof experience\nTab separated text');
  });

  it('give the same text with and without segments', () => {
    expect(extract(HTML, { withSegments: true }).text).toBe(extract(HTML).text);
  });
});

describe('extractText bounds', () => {
  it('stops near maxChars on a huge page and stays linear', () => {
    const para = `<p>${'word '.repeat(10)}</p>`;
    const x = extract(`<main>${para.repeat(20_000)}</main>`, { maxChars: 5_000 });
    expect(x.text.length).toBeGreaterThanOrEqual(5_000);
    expect(x.text.length).toBeLessThan(5_100);
  });

  it('handles very deep nesting without recursion', () => {
    const deep = '<div>'.repeat(5_000) + 'Deep text' + '</div>'.repeat(5_000);
    expect(extract(deep).text).toBe('Deep text');
  });
});

describe('hasTextAtLeast (a bounded textContent length)', () => {
  it('counts text like textContent does, and stops once it has enough', () => {
    const doc = parseHtml('<main><div><p>abc</p><ul><li>de</li><li>f<b>gh</b></li></ul></div><script>ij</script></main>');
    const main = doc.querySelector('main')!;
    expect(main.textContent!.length).toBe(10);
    expect(hasTextAtLeast(main, 10)).toBe(true);
    expect(hasTextAtLeast(main, 11)).toBe(false);
    expect(hasTextAtLeast(main, 1)).toBe(true);
    expect(hasTextAtLeast(doc.createElement('div'), 1)).toBe(false);
  });
});

describe('extractTextSteps', () => {
  const run = (html: string) => runCountingPauses(extractTextSteps(parseHtml(html).body, { withSegments: true }));

  it('pauses on a huge page and reads the same text, blocks and segments as extractText', async () => {
    // Each item is two nodes (the li and its text): ~2.5 pauses' worth.
    const items = Math.ceil((EXTRACT_STEP_NODES * 5) / 4);
    const html = `<h2>Requirements</h2><ul>${Array.from({ length: items }, (_, i) => `<li>Skill ${i}</li>`).join('')}</ul>`;
    const { out, pauses } = await run(html);
    expect(pauses).toBe(2);
    const whole = extractText(parseHtml(html).body, { withSegments: true });
    expect(out.text).toBe(whole.text);
    expect(out.blocks).toEqual(whole.blocks);
    expect(out.segments?.map((s) => [s.start, s.length, s.node.data])).toEqual(whole.segments?.map((s) => [s.start, s.length, s.node.data]));
    expect(out.text.endsWith(`Skill ${items - 1}`)).toBe(true);
  });

  it('reads a usual posting without a pause', async () => {
    expect((await run('<h1>Data Engineer</h1><h2>Requirements</h2><ul><li>Go</li><li>SQL</li></ul>')).pauses).toBe(0);
  });
});
