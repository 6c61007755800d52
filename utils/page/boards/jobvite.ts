import type { Board } from './board';

/** jobs.jobvite.com/<company>/job/<id>. */
export const jobvite: Board = {
  id: 'jobvite',
  urls: [/^jobs\.jobvite\.com\/(?<co>[\w-]+)\/job\/(?<id>\w+)/],
  marker: '.jv-job-detail-description',
  root: '.jv-job-detail-description',
  title: '.jv-header',
};
