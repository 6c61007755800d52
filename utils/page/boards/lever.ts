import type { Board } from './board';

// jobs.lever.co: div.posting-page > .posting-headline (h2 title, .posting-categories with .location, .department,
// .commitment, .workplaceTypes) and .section-wrapper blocks of text. The company is only in the logo's alt text
// ("Acme logo") and the document title ("Acme - Role"), which the generic readers handle.

/** jobs.lever.co/<company>/<uuid> (and the EU host; /apply pages too). */
export const lever: Board = {
  id: 'lever',
  urls: [/^jobs(?:\.eu)?\.lever\.co\/(?<co>[\w.-]+)\/(?<id>[0-9a-f]{8}-[0-9a-f-]{27})/],
  marker: '.posting-page .posting-headline',
  root: '.posting-page',
  title: '.posting-headline h2',
  location: '.posting-categories .location,.posting-category.location',
  workMode: '.posting-categories .workplaceTypes',
};
