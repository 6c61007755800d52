import type { Board } from './board';

/** boards.greenhouse.io and job-boards.greenhouse.io postings, the embed iframe, and ?gh_jid= on company sites. */
export const greenhouse: Board = {
  id: 'greenhouse',
  urls: [
    /^(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/(?<co>[\w-]+)\/jobs\/(?<id>\d+)/,
    /^(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/embed\/job_app\?(?:.*&)?for=(?<co>[\w-]+)&(?:.*&)?token=(?<id>\d+)/,
    /^(?:[\w-]+\.)*?(?<co>[\w-]+)\.[a-z]{2,}(?:\.[a-z]{2})?\/.*[?&]gh_jid=(?<id>\d+)/,
  ],
  marker: '.job__title,#app_body .app-title',
  root: '.job__description,#app_body #content',
  title: '.job__title h1,.app-title',
  company: '.company-name',
  location: '.job__location,#app_body .location',
};
