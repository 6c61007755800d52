import { describe, expect, it } from 'vitest';
import { hostName, normaliseUrl } from '../../../utils/page/job-key';

describe('normaliseUrl', () => {
  it.each([
    ['https://Careers.Example.COM/jobs/42?utm_source=li&utm_medium=social#apply', 'https://careers.example.com/jobs/42'],
    ['https://example.com/jobs/42/?b=2&a=1&gclid=x&fbclid=y', 'https://example.com/jobs/42?a=1&b=2'],
    ['https://example.com/job?id=7&trk=abc&refId=r&src=feed&source=mail&ref=home', 'https://example.com/job?id=7'],
    ['https://example.com/job?id=7&gh_src=abc&lever-source=LinkedIn&msclkid=1&mc_cid=2', 'https://example.com/job?id=7'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com:443/a', 'https://example.com/a'],
  ])('%s → %s', (url, want) => {
    expect(normaliseUrl(url)).toBe(want);
  });

  it('returns null for something that is not a URL', () => {
    expect(normaliseUrl('not a url')).toBeNull();
  });
});

describe('hostName', () => {
  it.each([
    ['stripe.com', 'stripe'],
    ['www.stripe.com', 'stripe'],
    ['careers.acme.co.uk', 'acme'],
    ['127.0.0.1', null],
    ['localhost', null],
  ])('%s → %s', (host, want) => {
    expect(hostName(host)).toBe(want);
  });
});
