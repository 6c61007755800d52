import type { Board } from './board';

/** apply.workable.com/<company>/j/<shortcode> and <company>.workable.com/j/<shortcode>. */
export const workable: Board = {
  id: 'workable',
  urls: [/^apply\.workable\.com\/(?<co>[\w-]+)\/j\/(?<id>[0-9A-F]{6,})/i, /^(?<co>[\w-]+)\.workable\.com\/j(?:obs)?\/(?<id>[0-9A-F]{6,})/i],
  marker: '[data-ui="job-title"]',
  root: '[data-ui="job-description"]',
  title: '[data-ui="job-title"]',
  location: '[data-ui="job-location"]',
};
