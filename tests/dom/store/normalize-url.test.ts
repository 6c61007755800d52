import { describe, expect, it } from 'vitest';
import { normalizeJobUrl, roleJobKey } from '../../../utils/store/normalize-url';

describe('normalizeJobUrl', () => {
  it.each([
    ['https://www.Example.com/jobs/42/?utm_source=x&b=2&a=1#apply', 'https://example.com/jobs/42?a=1&b=2'],
    ['http://example.com/jobs/42', 'https://example.com/jobs/42'],
    ['https://example.com/jobs/42?gclid=abc&fbclid=def&ref=hn', 'https://example.com/jobs/42'],
    ['https://boards.greenhouse.io/acme/jobs/123?gh_src=abc', 'https://boards.greenhouse.io/acme/jobs/123'],
    ['https://jobs.lever.co/acme/1b2c-3d?lever-source=LinkedIn', 'https://jobs.lever.co/acme/1b2c-3d'],
    ['https://www.linkedin.com/jobs/view/3812345678/?refId=x&trackingId=y', 'linkedin:3812345678'],
    ['https://linkedin.com/jobs/view/senior-engineer-at-acme-3812345678', 'linkedin:3812345678'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3812345678', 'linkedin:3812345678'],
    ['https://de.indeed.com/viewjob?jk=ABC123def&from=serp', 'indeed:abc123def'],
    ['https://example.com:8443/careers?id=9', 'https://example.com:8443/careers?id=9'],
    ['  not a url  ', 'not a url'],
    ['mailto:jobs@example.com', 'mailto:jobs@example.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeJobUrl(input)).toBe(expected);
  });

  it('keeps parameters that identify the job', () => {
    expect(normalizeJobUrl('https://acme.example/careers?gh_jid=77')).not.toBe(normalizeJobUrl('https://acme.example/careers?gh_jid=78'));
  });
});

describe('roleJobKey', () => {
  it('uses the page key, normalising one that is a URL, and falls back to the URL', () => {
    expect(roleJobKey('jsonld:acme:QF-1', 'https://x.example')).toBe('jsonld:acme:QF-1');
    expect(roleJobKey('https://acme.example/jobs/1?utm_medium=a', 'https://x.example')).toBe('https://acme.example/jobs/1');
    expect(roleJobKey(null, 'https://acme.example/jobs/1#top')).toBe('https://acme.example/jobs/1');
    expect(roleJobKey('  ', 'https://acme.example/jobs/1')).toBe('https://acme.example/jobs/1');
  });
});
