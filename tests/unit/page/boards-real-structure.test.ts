// Boards against fixtures that copy the nesting, classes and data attributes each site really serves (checked against
// public scrapers and autofill extensions, see utils/page/boards/*.ts), with our own words in them. Each page also
// carries what must not leak: other jobs' cards, application forms, show-more buttons, page chrome.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/page/read-page';
import { quickGate } from '../../../utils/page/quick-gate';
import { boardKeyOf } from './board-key';
import { loadFixture } from './load-fixture';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/boards/${name}-real-structure.html`, import.meta.url));

interface Want {
  board: string;
  key: string;
  title: string;
  company: string;
  location?: string;
  /** Text that belongs to the posting but sits outside the first description block. */
  alsoInText?: string;
  /** Strings from elsewhere on the page: other jobs' cards, forms, buttons. */
  notInText: string[];
}

const CASES: Record<string, Want> = {
  'linkedin-guest': {
    board: 'linkedin', key: 'linkedin:4023456789', title: 'Backend Engineer', company: 'Tallow Health',
    location: 'Utrecht, Utrecht, Netherlands', alsoInText: 'PostgreSQL query plans',
    notInText: ['Data Platform Lead', 'Otherco', 'Mobile Release Manager', 'Brightfield', 'Show more', 'Seniority level'],
  },
  'linkedin-signed-in': {
    board: 'linkedin', key: 'linkedin:4034567890', title: 'Platform Engineer', company: 'Tallow Health',
    location: 'Utrecht, Utrecht, Netherlands', alsoInText: 'Kubernetes and Terraform',
    notInText: ['Infrastructure Analyst', 'Otherco', 'Cloud Cost Specialist', 'Brightfield', '62 applicants'],
  },
  'linkedin-2025': {
    board: 'linkedin', key: 'linkedin:4045678901', title: 'Frontend Engineer', company: 'Tallow Health',
    alsoInText: 'Good taste in accessible forms',
    notInText: ['Design Systems Lead', 'Otherco', 'forty staff', 'clicked apply'],
  },
  'indeed-2026': {
    board: 'indeed', key: 'indeed:2c3d4e5f60718293', title: 'Quality Engineer', company: 'Kiln Analytics',
    alsoInText: 'Comfort reading schematics',
    notInText: ['Warehouse Associate', 'Otherco', 'Job details', 'Full job description'],
  },
  indeed: {
    board: 'indeed', key: 'indeed:1b2c3d4e5f607182', title: 'Dateningenieur (m/w/d)', company: 'Kiln Analytics',
    location: '50667 Köln', alsoInText: 'SQL und Airflow',
    notInText: ['Analytics Engineer', 'Otherco', 'BI Entwickler', 'Brauhaus', 'job post'],
  },
  'greenhouse-classic': {
    board: 'greenhouse', key: 'greenhouse:quarrylabs:7023456', title: 'Data Platform Engineer', company: 'Quarry Labs',
    location: 'Lisbon, Portugal', alsoInText: 'Working knowledge of Airflow',
    notInText: ['First Name', 'Submit Application', 'Apply Now'],
  },
  'greenhouse-new': {
    board: 'greenhouse', key: 'greenhouse:quarrylabs:7034567', title: 'Site Reliability Engineer', company: 'Quarry Labs',
    location: 'Porto, Portugal', alsoInText: 'Prometheus and Grafana',
    notInText: ['First Name', 'Submit application'],
  },
  lever: {
    board: 'lever', key: 'lever:saltmarsh:5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d', title: 'Backend Engineer',
    company: 'Saltmarsh', location: 'Porto', alsoInText: 'We read every application ourselves',
    notInText: ['Jobs powered by', 'Home Page'],
  },
  workday: {
    board: 'workday', key: 'workday:brightwell:JR-30512', title: 'Platform Engineer', company: 'Brightwell',
    location: 'Denver, CO', alsoInText: 'AWS networking',
    notInText: ['Field Technician', 'Boise', 'Similar Jobs'],
  },
  ashby: {
    board: 'ashby', key: 'ashby:kestrel:7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', title: 'Product Engineer', company: 'Kestrel',
    alsoInText: 'Patience with flaky networks',
    notInText: ['Powered by Ashby', '__appData'],
  },
  smartrecruiters: {
    board: 'smartrecruiters', key: 'smartrecruiters:okapi:744000023456789', title: 'Backend Developer (m/w/d)',
    company: 'Okapi', location: 'Bremen, Germany', alsoInText: 'Some exposure to Kafka',
    notInText: ['Warehouse Planner', 'Other jobs at Okapi', "I'm interested"],
  },
  workable: {
    board: 'workable', key: 'workable:meadowbank:4B8E0D32F1', title: 'Backend Engineer', company: 'Meadowbank',
    location: 'Leipzig, Saxony, Germany', alsoInText: 'A seed allowance every spring',
    notInText: ['Powered by Workable'],
  },
};

describe('boards on their real markup', () => {
  it.each(Object.keys(CASES))('%s: detection, key and facts', (name) => {
    const want = CASES[name] as Want;
    const { doc, url } = loadFixture(fixture(name));
    expect(quickGate(doc, url)).toBe(true);
    const s = readPage(doc, url);
    expect(s.detection).toMatchObject({ isJobPosting: true, board: want.board });
    expect(s.facts.jobKey).toBe(want.key);
    expect(s.facts.title).toBe(want.title);
    expect(s.facts.company).toBe(want.company);
    if (want.location) expect(s.facts.locations).toEqual([want.location]);
  });

  it.each(Object.keys(CASES))('%s: the posting text and nothing around it', (name) => {
    const want = CASES[name] as Want;
    const { doc, url } = loadFixture(fixture(name));
    const { text } = readPage(doc, url);
    expect(text).toContain('Own the deploy pipeline');
    expect(text).toContain('Three years with a typed language');
    if (want.alsoInText) expect(text).toContain(want.alsoInText);
    for (const leak of [...want.notInText, 'Privacy']) expect(text, leak).not.toContain(leak);
  });

  it.each(Object.keys(CASES))('%s: recognised from its DOM alone (a saved page)', (name) => {
    const want = CASES[name] as Want;
    const { doc } = loadFixture(fixture(name));
    expect(quickGate(doc, null)).toBe(true);
    const s = readPage(doc, null);
    expect(s.detection).toMatchObject({ isJobPosting: true, board: want.board });
    expect(s.facts.title).toBe(want.title);
  });
});

describe('real posting URL shapes', () => {
  it.each([
    ['https://de.linkedin.com/jobs/view/data-engineer-m-w-d-at-acme-gmbh-4012345678?position=1&pageNum=0', 'linkedin:4012345678'],
    ['https://www.linkedin.com/comm/jobs/view/4012345678/?trackingId=abc', 'linkedin:4012345678'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678', 'linkedin:4012345678'],
    ['https://www.indeed.com/rc/clk?jk=1a2b3c4d5e6f7a8b&bb=xyz&xkcb=SoAB', 'indeed:1a2b3c4d5e6f7a8b'],
    ['https://www.indeed.co.uk/viewjob?jk=1a2b3c4d5e6f7a8b&tk=1h2', 'indeed:1a2b3c4d5e6f7a8b'],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345008', 'greenhouse:acme:4012345008'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/4012345008?gh_src=x', 'greenhouse:acme:4012345008'],
    ['https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345008', 'greenhouse:acme:4012345008'],
    ['https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', 'lever:acme:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'],
    ['https://acme.wd1.myworkdayjobs.com/en-US/External/job/Remote-USA/Engineer_R-104233', 'workday:acme:R-104233'],
    ['https://acme.wd1.myworkdayjobs.com/External/details/Engineer_JR-0042?q=rust', 'workday:acme:JR-0042'],
    ['https://wd3.myworkdaysite.com/en-US/recruiting/acme/External/job/Remote/Engineer_R-7788', 'workday:acme:R-7788'],
    ['https://jobs.smartrecruiters.com/Acme/744000012345678-backend-developer', 'smartrecruiters:acme:744000012345678'],
    ['https://apply.workable.com/acme/j/AB12CD34EF/', 'workable:acme:AB12CD34EF'],
  ])('%s → %s', (url, key) => {
    expect(boardKeyOf(url)).toBe(key);
  });

  it.each([
    'https://www.linkedin.com/company/acme/jobs/',
    'https://notlinkedin.com/jobs/view/4012345678',
    'https://job-boards.greenhouse.io/acme',
    'https://acme.wd1.myworkdayjobs.com/en-US/External',
    'https://jobs.smartrecruiters.com/Acme',
    'https://apply.workable.com/acme/',
  ])('%s is not one posting', (url) => {
    expect(boardKeyOf(url)).toBeNull();
  });
});

describe('Ashby fetched shell (no rendered DOM, posting in window.__appData)', () => {
  it('reads title, company, location and text from the app-data script', () => {
    const { doc, url } = loadFixture(fixture('ashby-shell'));
    const s = readPage(doc, url);
    expect(s.detection).toMatchObject({ isJobPosting: true, board: 'ashby' });
    expect(s.facts.jobKey).toBe('ashby:kestrel:8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b');
    expect(s.facts.title).toBe('Data Engineer');
    expect(s.facts.company).toBe('Kestrel');
    expect(s.facts.locations).toEqual(['Berlin']);
    expect(s.text).toContain('Own the deploy pipeline');
    expect(s.text).toContain('Fluency in SQL window functions');
    expect(s.text).not.toContain('enable JavaScript');
  });
});
