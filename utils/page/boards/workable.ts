import type { Board } from './board';

// apply.workable.com: h1[data-ui=job-title], [data-ui=job-location] / [data-ui=job-workplace] / [data-ui=job-type]
// under it, and the text split over sibling sections [data-ui=job-description], [data-ui=job-requirements] and
// [data-ui=job-benefits] inside <main>: the root is <main> so requirements and benefits are read too.

/** apply.workable.com/<company>/j/<shortcode> and <company>.workable.com/j/<shortcode>. */
export const workable: Board = {
  id: 'workable',
  urls: [/^apply\.workable\.com\/(?<co>[\w-]+)\/j\/(?<id>[0-9A-F]{6,})/i, /^(?<co>[\w-]+)\.workable\.com\/j(?:obs)?\/(?<id>[0-9A-F]{6,})/i],
  marker: '[data-ui="job-title"]',
  root: 'main',
  title: '[data-ui="job-title"]',
  location: '[data-ui="job-location"],[data-ui="job-location-tooltip"]',
  workMode: '[data-ui="job-workplace"]',
};
