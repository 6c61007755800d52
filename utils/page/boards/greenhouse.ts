import type { Board } from './board';

// Two markups: job-boards.greenhouse.io (2024+: .job__title h1, .job__location, .job__description) and the classic
// boards.greenhouse.io page, also served inside the embed iframe (#app_body: h1.app-title, span.company-name
// "at Acme", div.location, #content).

/** boards.greenhouse.io and job-boards.greenhouse.io postings, the embed iframe, and ?gh_jid= on company sites. */
export const greenhouse: Board = {
  id: 'greenhouse',
  urls: [
    /^(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/(?<co>[\w-]+)\/jobs\/(?<id>\d+)/,
    /^(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/embed\/job_app\?(?:.*&)?for=(?<co>[\w-]+)&(?:.*&)?token=(?<id>\d+)/,
    /^(?:[\w-]+\.)*?(?<co>[\w-]+)\.[a-z]{2,}(?:\.[a-z]{2})?\/.*[?&]gh_jid=(?<id>\d+)/,
  ],
  // `.job__title` alone is a common class on careers listings: only the posting page puts an h1 in it.
  marker: '.job__title h1,#app_body .app-title',
  root: '.job__description,#app_body #content',
  title: '.job__title h1,#app_body .app-title',
  company: '#app_body .company-name',
  location: '.job__location,#app_body .location',
};
