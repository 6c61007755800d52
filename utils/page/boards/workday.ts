import type { Board } from './board';

/** <tenant>.wdN.myworkdayjobs.com/<site>/job/<location>/<title>_<req id>. */
export const workday: Board = {
  id: 'workday',
  urls: [/^(?<co>[\w-]+)\.[\w.]*myworkday(?:jobs|site)\.com\/.*\/job\/.*_(?<id>[A-Za-z]*-?\d[\w-]*)/],
  marker: '[data-automation-id="jobPostingHeader"]',
  root: '[data-automation-id="jobPostingDescription"]',
  title: '[data-automation-id="jobPostingHeader"]',
  company: '[data-automation-id="logoImage"]',
  location: '[data-automation-id="locations"] dd',
  workMode: '[data-automation-id="remoteType"] dd',
};
