import type { Board } from './board';

// jobs.smartrecruiters.com: main.jobad-main > h1.job-title[itemprop=title], ul.job-details with the location in
// <spl-job-location formattedaddress="…"> (older pages: [itemprop=jobLocation] microdata), the company as
// [itemprop=hiringOrganization] > meta[itemprop=name], and the text in div[itemprop=description] > .job-sections.

/** jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>. */
export const smartrecruiters: Board = {
  id: 'smartrecruiters',
  urls: [/^jobs\.smartrecruiters\.com\/(?<co>[\w-]+)\/(?<id>\d{6,})/],
  // The column class names a token the gate can see near the top of the tree (main.jobad-main sits deeper).
  marker: '.jobad-main .job-title,.jobad-container .job-title',
  root: '.jobad-main [itemprop="description"],.job-sections',
  title: '.jobad-main .job-title,h1.job-title',
  company: '[itemprop="hiringOrganization"] [itemprop="name"]',
  location: '.job-details spl-job-location,.c-spl-job-location__place,.job-details [itemprop="jobLocation"]',
};
