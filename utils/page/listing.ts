// Search-result and listing pages show many postings: count distinct links to single jobs outside page chrome.

/** A link to one job: a job-ish path segment followed by an id-like slug, or a job id parameter. */
const JOB_LINK_RE =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|stellen(?:angebote)?|stelle|emplois?|offres?|postings?)\/(?:[^?#]*\/)?[^/?#]*(?:\d{3,}|[a-z]+-[a-z]+-[a-z]+)|[?&](?:gh_jid|jk|vjk|currentJobId|jobId|job_id|jid)=/i;
const CHROME_SELECTOR = 'nav,footer,header,[role=navigation]';
const MAX_LINKS = 1500;
/** Distinct job links from which a page counts as a list of jobs rather than one posting. */
export const LISTING_MIN_JOB_LINKS = 8;

/**
 * Number of distinct single-job links in the page body (bounded scan).
 * @example countJobLinks(searchResultsDoc) // 25
 */
export function countJobLinks(doc: Document): number {
  const seen = new Set<string>();
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i] as Element;
    const href = a.getAttribute('href');
    if (!href || !JOB_LINK_RE.test(href) || a.closest(CHROME_SELECTOR)) continue;
    seen.add(href.split('#')[0] as string);
  }
  return seen.size;
}
