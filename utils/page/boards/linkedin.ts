import type { Board } from './board';

/** linkedin.com/jobs/view/<id>, and a job selected in search (?currentJobId=<id>). */
export const linkedin: Board = {
  id: 'linkedin',
  urls: [/^[\w.]*linkedin\.com\/jobs\/view\/(?:[^/?]*-)?(?<id>\d{6,})/, /^[\w.]*linkedin\.com\/.*[?&]currentJobId=(?<id>\d+)/],
  marker: '.jobs-unified-top-card,.job-details-jobs-unified-top-card__job-title,.top-card-layout__title.topcard__title',
  root: '.jobs-description__content,.jobs-description,.description__text',
  title: '.job-details-jobs-unified-top-card__job-title,.jobs-unified-top-card__job-title,.top-card-layout__title',
  company:
    '.job-details-jobs-unified-top-card__company-name,.jobs-unified-top-card__company-name,.topcard__org-name-link',
  location: '.job-details-jobs-unified-top-card__bullet,.jobs-unified-top-card__bullet,.topcard__flavor--bullet',
};
