import { describe, expect, it } from 'vitest';
import { companyFromAboutHeading } from '../../../utils/page/company-name';
import { parseHtml } from '../../../utils/node/parse-html';
import { readPage } from '../../../utils/page/read-page';

describe('companyFromAboutHeading', () => {
  it.each([
    ['About Stripe', 'Stripe'],
    ['About Oakmere Transit', 'Oakmere Transit'],
    ['ABOUT Fernhollow', 'Fernhollow'],
    ['Über Quellwerk GmbH', 'Quellwerk GmbH'],
    ['À propos de Maison Verlaine', 'Maison Verlaine'],
    ['About the team', null],
    ['About the role', null],
    ['About you', null],
    ['About us', null],
    ['About this position', null],
    ['About Company', null],
    ['about stripe', null],
    ['Who we are', null],
  ])('%s → %s', (heading, want) => expect(companyFromAboutHeading(heading)).toBe(want));
});

describe('company of a page read without its URL', () => {
  it('comes from an "About X" heading of the posting when markup names none', () => {
    const html = `<!doctype html><html><head><title>Platform Engineer</title></head><body><main>
      <h1>Platform Engineer</h1><h2>About the team</h2><p>We run the build farm.</p>
      <h2>About Kestrel Works</h2><p>Kestrel Works makes tide tables for harbours.</p>
      <h2>Requirements</h2><ul><li>3+ years of Go.</li></ul><h2>Benefits</h2><ul><li>Boat days.</li></ul>
      <a href="/apply">Apply now</a></main></body></html>`;
    expect(readPage(parseHtml(html), null).facts.company).toBe('Kestrel Works');
  });
});
