import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOARDS } from '../../../utils/page/boards/registry';
import { readPage } from '../../../utils/page/read-page';
import { quickGate } from '../../../utils/page/quick-gate';
import { boardKeyOf } from './board-key';
import { loadFixture } from './load-fixture';

const fixture = (id: string): string => fileURLToPath(new URL(`./fixtures/boards/${id}.html`, import.meta.url));

describe('board registry', () => {
  it.each(BOARDS.map((b) => b.id))('%s has a fixture page', (id) => {
    expect(existsSync(fixture(id))).toBe(true);
  });
});

const EXPECTED: Record<string, { key: string; title: string; company: string; location?: string }> = {
  linkedin: { key: 'linkedin:4012345678', title: 'Senior Backend Engineer', company: 'Tallow Health', location: 'Amsterdam, North Holland, Netherlands' },
  indeed: { key: 'indeed:0a1b2c3d4e5f6789', title: 'Data Engineer', company: 'Kiln Analytics', location: 'Köln' },
  greenhouse: { key: 'greenhouse:quarrylabs:7012345', title: 'Platform Engineer', company: 'Quarry Labs', location: 'Remote - Europe' },
  lever: { key: 'lever:saltmarsh:2f6e1c3a-9b7d-4e21-8c55-0d4f3a2b1c90', title: 'Frontend Engineer', company: 'Saltmarsh', location: 'Lisbon' },
  workday: { key: 'workday:brightwell:R-20431', title: 'Site Reliability Engineer', company: 'Brightwell', location: 'Austin, TX' },
  ashby: { key: 'ashby:kestrel:4c1f9e2a-7b3d-4a8e-9f10-2d3c4b5a6e7f', title: 'Mobile Engineer', company: 'Kestrel' },
  smartrecruiters: { key: 'smartrecruiters:okapi:744000012345678', title: 'QA Automation Engineer', company: 'Okapi', location: 'Hamburg, Germany' },
  workable: { key: 'workable:meadowbank:3A7F9C21D0', title: 'Data Analyst', company: 'Meadowbank', location: 'Frankfurt, Hesse, Germany' },
  recruitee: { key: 'recruitee:ironbark:platform-engineer-2', title: 'Platform Engineer', company: 'Ironbark' },
  personio: { key: 'personio:northgate:1234567', title: 'Security Engineer', company: 'Northgate' },
  teamtailor: { key: 'teamtailor:pinecone:3456789', title: 'QA Lead', company: 'Pinecone Retail' },
  bamboohr: { key: 'bamboohr:coralpay:112', title: 'DevOps Engineer', company: 'Coralpay' },
  jobvite: { key: 'jobvite:tidewater:oAbC123xYz', title: 'Frontend Engineer', company: 'Tidewater' },
  icims: { key: 'icims:lumenfreight:5521', title: 'Senior Data Engineer', company: 'Lumen Freight' },
  breezy: { key: 'breezy:quarry:9f8e7d6c5b4a', title: 'Machine Learning Engineer', company: 'Quarry' },
};

describe('board fixtures', () => {
  it.each(BOARDS.map((b) => b.id))('%s: detected by URL with its job key and facts', (id) => {
    const { doc, url } = loadFixture(fixture(id));
    const want = EXPECTED[id];
    expect(want, `expectations for ${id}`).toBeDefined();
    expect(quickGate(doc, url)).toBe(true);
    const s = readPage(doc, url);
    expect(s.detection).toMatchObject({ isJobPosting: true, board: id });
    expect(s.facts.jobKey).toBe(want?.key);
    expect(s.facts.title).toBe(want?.title);
    expect(s.facts.company).toBe(want?.company);
    if (want?.location) expect(s.facts.locations).toEqual([want.location]);
    expect(s.text).toContain('Design and ship features');
    expect(s.text).not.toContain('Privacy');
  });

  it.each(BOARDS.filter((b) => b.marker).map((b) => b.id))('%s: recognised from its DOM without a URL', (id) => {
    const { doc } = loadFixture(fixture(id));
    expect(quickGate(doc, null)).toBe(true);
    const s = readPage(doc, null);
    expect(s.detection).toMatchObject({ isJobPosting: true, source: 'board', board: id });
    expect(s.facts.title).toBe(EXPECTED[id]?.title);
  });

  it('reads the board container, not the similar-jobs block', () => {
    const { doc, url } = loadFixture(fixture('linkedin'));
    expect(readPage(doc, url).text).not.toContain('Staff Engineer at Otherco');
  });
});

describe('board URLs', () => {
  it.each([
    ['https://www.linkedin.com/jobs/search/?keywords=go&currentJobId=3998877665', 'linkedin:3998877665'],
    ['https://www.linkedin.com/jobs/view/senior-engineer-at-acme-4012345678', 'linkedin:4012345678'],
    ['https://www.indeed.com/jobs?q=rust&vjk=00aa11bb22cc33dd', 'indeed:00aa11bb22cc33dd'],
    ['https://uk.indeed.com/m/viewjob?jk=abcdef0123456789', 'indeed:abcdef0123456789'],
    ['https://boards.greenhouse.io/acme/jobs/12345', 'greenhouse:acme:12345'],
    ['https://boards.greenhouse.io/embed/job_app?token=12345&for=acme', 'greenhouse:acme:12345'],
    ['https://www.acme.com/careers/open-roles?gh_jid=12345', 'greenhouse:acme:12345'],
    ['https://careers.acme.co.uk/jobs?gh_jid=999', 'greenhouse:acme:999'],
    ['https://jobs.eu.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/apply', 'lever:acme:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'],
    ['https://acme.wd5.myworkdayjobs.com/Careers/job/Remote/Engineer_JR100234-1', 'workday:acme:JR100234-1'],
    ['https://acme.bamboohr.com/jobs/view.php?id=42', 'bamboohr:acme:42'],
    ['https://acme.workable.com/j/AB12CD34EF', 'workable:acme:AB12CD34EF'],
  ])('%s → %s', (url, key) => {
    expect(boardKeyOf(url)).toBe(key);
  });

  it.each([
    'https://boards.greenhouse.io/acme',
    'https://jobs.lever.co/acme',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/search/?keywords=go',
    'https://www.indeed.com/jobs?q=rust',
    'https://jobs.ashbyhq.com/acme',
    'https://acme.wd5.myworkdayjobs.com/Careers',
    'https://example.com/jobs/123',
  ])('%s is not one posting on a known board', (url) => {
    expect(boardKeyOf(url)).toBeNull();
  });
});
