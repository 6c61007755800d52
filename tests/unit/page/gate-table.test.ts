import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGateTable } from '../../../scripts/gen/gate-table-source';
import { boardFromUrl } from '../../../utils/page/boards/registry';
import { quickGate } from '../../../utils/page/quick-gate';
import { parseHtml } from '../../../utils/node/parse-html';

describe('gate table (utils/page/boards/gate-table.ts)', () => {
  it('is current with the board registry (run `npm run gen:gate-table` after changing a board)', () => {
    const file = readFileSync(new URL('../../../utils/page/boards/gate-table.ts', import.meta.url), 'utf8');
    expect(file).toBe(renderGateTable());
  });

  // The gate's URL test must say yes exactly where the engine's board matcher does.
  const urls = [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/view/senior-engineer-at-acme-4012345678?trk=x',
    'https://www.linkedin.com/jobs/search/?keywords=go&currentJobId=4012345678',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/search/?keywords=go',
    'https://uk.indeed.com/viewjob?jk=0123abcd4567ef89&from=serp',
    'https://www.indeed.com/jobs?q=go&vjk=0123abcd4567ef89',
    'https://www.indeed.com/jobs?q=go',
    'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0?lever-source=x#apply',
    'https://jobs.lever.co/acme',
    'https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Berlin/Engineer_R-12345',
    'https://apply.workable.com/acme/j/AB12CD34EF/',
    'https://APPLY.workable.com/acme/j/ab12cd34ef/',
    'https://acme.bamboohr.com/jobs/view.php?id=42&source=x',
    'https://boards.greenhouse.io/embed/job_app?token=123456&for=acme',
    'https://www.acme.com/careers/open-roles?gh_jid=4567890',
    'https://www.acme.com/careers/',
    'https://news.example.com/2026/11/hiring-is-up',
  ];
  const blank = parseHtml('<html><head></head><body><p>Nothing here.</p></body></html>');
  it.each(urls)('%s', (url) => {
    expect(quickGate(blank, url)).toBe(boardFromUrl(new URL(url)) != null);
  });
});
