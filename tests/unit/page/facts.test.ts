import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/node/parse-html';
import { factsFromLd } from '../../../utils/page/facts-ld';
import { readPage } from '../../../utils/page/read-page';
import { salaryFromLd } from '../../../utils/page/salary-ld';

const withLd = (o: object, body = '<main><h1>Role</h1></main>'): Document =>
  parseHtml(`<html><head><script type="application/ld+json">${JSON.stringify(o)}</script></head><body>${body}</body></html>`);

describe('salaryFromLd', () => {
  it.each([
    [{ currency: 'USD', value: { minValue: 267000, maxValue: 400400, unitText: 'YEAR' } }, { min: 267000, max: 400400, currency: 'USD', period: 'year' }],
    [{ currency: 'eur', value: 45, unitText: 'HOUR' }, { min: 45, max: 45, currency: 'EUR', period: 'hour' }],
    [{ currency: 'GBP', value: { value: '4,500', unitText: 'MONTH' } }, { min: 4500, max: 4500, currency: 'GBP', period: 'month' }],
    [{ currency: '€', value: { minValue: '800', maxValue: '700', unitText: 'WEEK' } }, { min: 700, max: 800, currency: 'EUR', period: 'week' }],
    [[{ salaryCurrency: 'CHF', value: { minValue: 500, unitText: 'DAY' } }], { min: 500, max: null, currency: 'CHF', period: 'day' }],
  ])('%j', (input, want) => {
    expect(salaryFromLd(input)).toEqual(want);
  });

  it.each([[undefined], [{ value: 100 }], [{ currency: 'USD', value: { minValue: 0, maxValue: 0 } }], ['USD 100']])(
    'no salary from %j', (input) => {
      expect(salaryFromLd(input)).toBeNull();
    });
});

describe('factsFromLd', () => {
  it('reads every field of a full posting', () => {
    const f = factsFromLd({
      '@type': 'JobPosting', title: 'Site Reliability Engineer &amp; On-call Lead',
      hiringOrganization: { '@type': 'Organization', name: 'Acme', sameAs: 'https://www.acme.example/about' },
      jobLocation: [
        { '@type': 'Place', address: { addressLocality: 'Dublin', addressRegion: 'Leinster', addressCountry: { name: 'Ireland' } } },
        { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
      ],
      employmentType: ['FULL_TIME', 'CONTRACTOR'], datePosted: '2026-10-02T09:00:00+00:00', validThrough: 'November 30, 2026',
      identifier: { '@type': 'PropertyValue', name: 'Acme', value: 4711 },
    });
    expect(f).toMatchObject({
      title: 'Site Reliability Engineer & On-call Lead', company: 'Acme',
      locations: ['Dublin, Leinster, Ireland', 'Berlin, DE'], employmentType: 'full-time, contract',
      datePosted: '2026-10-02T09:00:00+00:00', validThrough: '2026-11-30', id: '4711', orgHost: 'acme.example', workMode: null,
    });
  });

  it('markup in JSON-LD strings becomes plain text, script bodies dropped', () => {
    const f = factsFromLd({
      '@type': 'JobPosting', title: '<img src=x onerror="x()">Senior <b>Rust</b> Engineer</script><script>window.x=3</script>',
      hiringOrganization: { name: '<svg onload="x()">Bramble &amp; Code</svg>' },
    });
    expect(f).toMatchObject({ title: 'Senior Rust Engineer', company: 'Bramble & Code' });
  });

  it('TELECOMMUTE is remote, with applicant locations as locations', () => {
    const f = factsFromLd({
      '@type': 'JobPosting', title: 'x', jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'Germany' },
    });
    expect(f.workMode).toBe('remote');
    expect(f.locations).toEqual(['Germany']);
  });
});

describe('readPage facts', () => {
  it('JSON-LD identifier gives "<company-domain>:<id>"', () => {
    const doc = withLd({ '@type': 'JobPosting', title: 'Role', identifier: 'R-9', hiringOrganization: { name: 'Acme', url: 'https://acme.example' } });
    expect(readPage(doc, 'https://jobs.example.net/r/9?utm_source=x').facts.jobKey).toBe('acme.example:R-9');
  });

  it('without ids, the job key is the URL without tracking params', () => {
    const doc = parseHtml('<main><h1>Role</h1></main>');
    expect(readPage(doc, 'https://Acme.example/jobs/9?utm_campaign=x&fbclid=1#top').facts.jobKey).toBe('https://acme.example/jobs/9');
  });

  it('no URL and no id: no job key', () => {
    expect(readPage(parseHtml('<main><h1>Role</h1></main>'), null).facts.jobKey).toBeNull();
  });

  it('company from the domain as last resort, title from the posting h1', () => {
    const doc = parseHtml('<html><head><title>Jobs</title></head><body><main><h1>Engineering Manager, Service Infrastructure</h1><p>Text.</p></main></body></html>');
    const f = readPage(doc, 'https://stripe.com/jobs/listing/engineering-manager/123').facts;
    expect(f).toMatchObject({ title: 'Engineering Manager, Service Infrastructure', company: 'Stripe' });
  });

  it.each([
    ['Backend Engineer | Quillfeather', 'Backend Engineer', 'Quillfeather'],
    ['Backend Engineer - Careers at Quillfeather', 'Backend Engineer', 'Quillfeather'],
    ['Backend Engineer – Quillfeather Jobs', 'Backend Engineer', 'Quillfeather'],
    ['Backend Engineer at Quillfeather', 'Backend Engineer', 'Quillfeather'],
  ])('document title "%s" → title "%s", company "%s"', (docTitle, title, company) => {
    const doc = parseHtml(`<html><head><title>${docTitle}</title></head><body><div><p>No heading here.</p></div></body></html>`);
    expect(readPage(doc, null).facts).toMatchObject({ title, company });
  });

  it('never takes the site name or a similar-jobs h1 as the title', () => {
    const doc = parseHtml(`<html><head><title>Acme</title><meta property="og:site_name" content="Acme"></head><body>
      <div class="logo"><h1>Acme</h1></div><aside><h1>Similar jobs</h1></aside>
      <main><h1>Payments Engineer</h1><p>${'Text. '.repeat(50)}</p></main></body></html>`);
    expect(readPage(doc, null).facts).toMatchObject({ title: 'Payments Engineer', company: 'Acme' });
  });

  it('microdata JobPosting gives source, title, company and location', () => {
    const doc = parseHtml(`<div itemscope itemtype="http://schema.org/JobPosting">
      <h1 itemprop="title">Warehouse Lead</h1>
      <span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Boxhill</span></span>
      <div itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
        <span itemprop="addressLocality">Leeds</span>, <span itemprop="addressCountry">UK</span></div></div>
      <meta itemprop="employmentType" content="PART_TIME"><time itemprop="datePosted" datetime="2026-09-01">1 Sep</time>
      <div itemprop="description"><p>Run the night shift.</p></div></div>`);
    const s = readPage(doc, null);
    expect(s.detection).toMatchObject({ isJobPosting: true, source: 'microdata' });
    expect(s.facts).toMatchObject({
      title: 'Warehouse Lead', company: 'Boxhill', locations: ['Leeds, UK'], employmentType: 'part-time', datePosted: '2026-09-01',
    });
  });
});
