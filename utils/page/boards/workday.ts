import type { Board } from './board';

// myworkdayjobs.com: h2[data-automation-id=jobPostingHeader], label/value pairs as
// div[data-automation-id=locations|remoteType|time|postedOn|requisitionId] > dl > dt + dd, and the text in
// [data-automation-id=jobPostingDescription]. The company: a header logo's alt when there is one (unconfirmed by any
// source), else the tenant slug. The fetched HTML is a shell with JSON-LD, read before any board.

/** <tenant>.wdN.myworkdayjobs.com/[<lang>/]<site>/job/<location>/<title>_<req id> (also /details/<title>_<req id>),
 * and wdN.myworkdaysite.com/recruiting/<tenant>/<site>/job/…. */
export const workday: Board = {
  id: 'workday',
  urls: [
    // wdN.myworkdaysite.com/[<lang>/]recruiting/<tenant>/<site>/job/…: the tenant is in the path, not the host.
    /^(?:[\w-]+\.)*myworkdaysite\.com\/(?:[\w-]+\/)?recruiting\/(?<co>[\w-]+)\/.*\/(?:job|details)\/.*_(?<id>[A-Za-z]*-?\d[\w-]*)/,
    /^(?<co>[\w-]+)\.[\w.]*myworkday(?:jobs|site)\.com\/.*\/(?:job|details)\/.*_(?<id>[A-Za-z]*-?\d[\w-]*)/,
  ],
  marker: '[data-automation-id="jobPostingHeader"]',
  root: '[data-automation-id="jobPostingDescription"]',
  title: '[data-automation-id="jobPostingHeader"]',
  company: '[data-automation-id="logoImage"]',
  location: '[data-automation-id="locations"] dd',
  workMode: '[data-automation-id="remoteType"] dd',
};
