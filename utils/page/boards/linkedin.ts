import type { Board } from './board';

// Two markups: the public guest page (top-card-layout / topcard__*, description in .description__text) and the
// signed-in jobs page (job-details-jobs-unified-top-card__* since 2023, jobs-unified-top-card__* before; from 2025 a
// layout with hashed classes read by its hooks: [data-view-name=job-detail-page], the title as the link to
// /jobs/view/, the company link in a <p>, the text in [id^=JobDetails_AboutTheJob_]). Selector
// lists are read in document order, so each list names only elements of the one posting: the similar-jobs and
// people-also-viewed cards (base-search-card__*, job-card-*) are never matched.

/** linkedin.com/jobs/view/<id> or /jobs/view/<slug>-<id> (any country subdomain, /comm/ e-mail links too), and a job
 * open beside search or collection results (?currentJobId=<id>). */
export const linkedin: Board = {
  id: 'linkedin',
  urls: [
    /^(?:[\w-]+\.)*linkedin\.com\/(?:comm\/)?jobs\/view\/(?:[^/?]*-)?(?<id>\d{6,})/,
    /^(?:[\w-]+\.)*linkedin\.com\/.*[?&]currentJobId=(?<id>\d{6,})/,
  ],
  marker:
    '.jobs-unified-top-card,.job-details-jobs-unified-top-card__job-title,.top-card-layout__title.topcard__title,' +
    '[data-view-name="job-detail-page"]',
  root: [
    '.jobs-description__content',
    '.jobs-description-content__text',
    '#job-details',
    '.description__text',
    '.show-more-less-html__markup',
    '[id^="JobDetails_AboutTheJob_"]',
  ].join(','),
  title: [
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title.topcard__title',
    'h1.top-card-layout__title',
    '[data-view-name="job-detail-page"] a[href*="/jobs/view/"]',
  ].join(','),
  company: [
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    '.topcard__org-name-link',
    '[data-tracking-control-name="public_jobs_topcard-org-name"]',
    // The logo links to the company too, with no text: the name's link sits in a <p>.
    '[data-view-name="job-detail-page"] p a[href*="/company/"]',
  ].join(','),
  location: [
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
    // 2024+: "Amsterdam, North Holland, Netherlands · 2 weeks ago · 40 applicants", one .tvm__text span each.
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
  ].join(','),
};
