import type { Board } from './board';

/** jobs.lever.co/<company>/<uuid> (and the EU host). */
export const lever: Board = {
  id: 'lever',
  urls: [/^jobs(?:\.eu)?\.lever\.co\/(?<co>[\w.-]+)\/(?<id>[0-9a-f]{8}-[0-9a-f-]{27})/],
  marker: '.posting-page .posting-headline',
  root: '.posting-page',
  title: '.posting-headline h2',
  location: '.posting-categories .location',
};
