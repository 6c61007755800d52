import type { Board } from './board';

/** jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>. */
export const smartrecruiters: Board = {
  id: 'smartrecruiters',
  urls: [/^jobs\.smartrecruiters\.com\/(?<co>[\w-]+)\/(?<id>\d{6,})/],
  marker: '.jobad-main .job-title',
  root: '.job-sections',
  title: '.job-title',
  location: '.job-details [itemprop="jobLocation"]',
};
