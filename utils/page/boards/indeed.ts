import type { Board } from './board';

// The viewjob page and the job open beside search results share these data-testid hooks; the search result cards
// use others (jobTitle, company-name, text-location), so they never reach title/company. A 2026 render of the pane
// uses vj-job-title / company-info-metadata (company as the link to /cmp/) and a vj-job-description-heading.

/** indeed.<tld>/viewjob?jk=<id>, /rc/clk?jk=<id> (the click-through), /m/viewjob, and ?vjk= beside search results. */
export const indeed: Board = {
  id: 'indeed',
  urls: [/^(?:[\w-]+\.)*indeed\.[a-z.]+\/.*[?&]v?jk=(?<id>[0-9a-f]{8,})/],
  marker: '#jobDescriptionText,[data-testid="vj-job-title"]',
  root: '#jobDescriptionText,[data-testid="vj-job-description-heading"] + div',
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
    '[data-testid="simpler-jobTitle"]',
    '[data-testid="vj-job-title"]',
  ].join(','),
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-testid="jobsearch-JobInfoHeader-companyName"]',
    '.jobsearch-InlineCompanyRating-companyHeader',
    '.jobsearch-CompanyInfoContainer [data-company-name]',
    '.jobsearch-InlineCompanyRating [data-company-name]',
    '[data-testid="vj-company-name"]',
    '[data-testid="company-info-metadata"] a[href*="/cmp/"]',
  ].join(','),
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '[data-testid="job-location"]',
  ].join(','),
  salary: '#salaryInfoAndJobType',
};
