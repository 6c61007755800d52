import type { Board } from './board';

/** jobs.ashbyhq.com/<company>/<uuid>. */
export const ashby: Board = {
  id: 'ashby',
  urls: [/^jobs\.ashbyhq\.com\/(?<co>[^/?]+)\/(?<id>[0-9a-f]{8}-[0-9a-f-]{27})/],
  marker: '.ashby-job-posting-heading',
  title: '.ashby-job-posting-heading',
};
