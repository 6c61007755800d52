import type { Board } from './board';

/** indeed.<tld>/viewjob?jk=<id> (also /m/viewjob, and ?vjk= for the job open beside search results). */
export const indeed: Board = {
  id: 'indeed',
  urls: [/^[\w.]*indeed\.[a-z.]+\/.*[?&]v?jk=(?<id>[0-9a-f]{8,})/],
  marker: '#jobDescriptionText',
  root: '#jobDescriptionText',
  title: '[data-testid="jobsearch-JobInfoHeader-title"],.jobsearch-JobInfoHeader-title',
  company: '[data-testid="inlineHeader-companyName"],[data-company-name]',
  location: '[data-testid="inlineHeader-companyLocation"],[data-testid="job-location"]',
  salary: '#salaryInfoAndJobType',
};
