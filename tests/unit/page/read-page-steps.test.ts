import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/node/parse-html';
import { EXTRACT_STEP_NODES } from '../../../utils/page/extract-text';
import { readPage, readPageSteps } from '../../../utils/page/read-page';
import { runCountingPauses } from './run-counting-pauses';

const POSTING = `<html><head><title>Data Engineer – Acme</title></head><body><main><h1>Data Engineer</h1>
<p>Acme · Remote</p><h2>Requirements</h2><ul><li>3+ years of Go</li><li>SQL</li></ul>
<h2>Nice to have</h2><ul><li>Rust</li></ul><a href="/apply">Apply now</a></main></body></html>`;

const run = (html: string) =>
  runCountingPauses(readPageSteps(parseHtml(html), 'https://acme.test/careers/data-engineer', { withSegments: true }));

describe('readPageSteps', () => {
  it('reads what readPage reads, pausing before and after the board markers query, after the text and after detection', async () => {
    // Each of those took 8–15 ms on a 100k-word page in a new tab: the reader lets the page run between them.
    const { out, pauses } = await run(POSTING);
    expect(pauses).toBe(4);
    const whole = readPage(parseHtml(POSTING), 'https://acme.test/careers/data-engineer');
    expect(out.detection).toEqual(whole.detection);
    expect(out.facts).toEqual(whole.facts);
    expect(out.text).toBe(whole.text);
    expect(out.blocks).toEqual(whole.blocks);
    expect(out.facts.title).toBe('Data Engineer');
  });

  it('adds the text walk’s own pauses on a huge page', async () => {
    const items = Math.ceil((EXTRACT_STEP_NODES * 5) / 4);
    const html = POSTING.replace('<li>SQL</li>', Array.from({ length: items }, (_, i) => `<li>Skill ${i}</li>`).join(''));
    expect((await run(html)).pauses).toBe(4 + 2);
  });
});
