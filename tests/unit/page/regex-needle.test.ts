import { describe, expect, it } from 'vitest';
import { BOARDS, boardFromUrl } from '../../../utils/page/boards/registry';
import { regexNeedle } from '../../../utils/page/regex-needle';
import { boardKeyOf } from './board-key';

describe('regexNeedle', () => {
  it.each([
    [/^jobs\.lever\.co\/(?<co>[\w.-]+)/, 'jobs.lever.co/'],
    [/^(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/(?<co>[\w-]+)/, '.greenhouse.io/'],
    [/^(?:[\w-]+\.)*indeed\.[a-z.]+\/.*[?&]v?jk=(?<id>\d+)/, 'indeed.'],
    [/[?&]v?jk=\d/, 'jk='],
    [/^apply\.Workable\.com\/j/i, 'apply.workable.com/j'],
    [/abc+d{2}e?f/, 'abc'],
    [/(?:a|b)x\dyz/, 'yz'],
    [/foo|barbaz/, ''],
    [/[a-z]+/, ''],
  ])('%s → %j', (re, needle) => {
    expect(regexNeedle(re)).toBe(needle);
  });

  it('every board URL regex has a needle that its matches contain', () => {
    for (const b of BOARDS) for (const re of b.urls) expect(regexNeedle(re).length, `${b.id} ${re}`).toBeGreaterThan(2);
  });
});

describe('boardFromUrl', () => {
  it.each([
    'https://www.linkedin.com/jobs/search/?keywords=go&currentJobId=3998877665',
    'https://uk.indeed.com/m/viewjob?jk=abcdef0123456789',
    'https://www.acme.com/careers/open-roles?gh_jid=12345',
    'https://boards.greenhouse.io/embed/job_app?token=12345&for=acme',
    'https://acme.wd5.myworkdayjobs.com/Careers/job/Remote/Engineer_JR100234-1',
    'https://ACME.workable.com/J/AB12CD34EF',
    'https://apply.workable.com/acme/j/ab12cd34ef/',
    'https://acme.bamboohr.com/jobs/view.php?id=42',
    'https://jobs.ashbyhq.com/acme',
    'https://example.com/jobs/123',
  ])('agrees with testing every board regex: %s', (url) => {
    const u = new URL(url);
    expect(boardFromUrl(u)?.key ?? null).toBe(boardKeyOf(u));
  });
});
