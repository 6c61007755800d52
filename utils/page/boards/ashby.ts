import type { Board } from './board';

// jobs.ashbyhq.com is a client-rendered app. A page saved from the browser holds the rendered DOM
// (.ashby-job-posting-left-pane with h1.ashby-job-posting-heading and label/value blocks, .ashby-job-posting-right-pane
// with the Overview tab's text); the fetched HTML is a shell whose posting is in JSON-LD (read before any board) and
// in a `window.__appData` script.

/** jobs.ashbyhq.com/<company>/<uuid> (also /application). */
export const ashby: Board = {
  id: 'ashby',
  urls: [/^jobs\.ashbyhq\.com\/(?<co>[^/?]+)\/(?<id>[0-9a-f]{8}-[0-9a-f-]{27})/],
  marker: '.ashby-job-posting-heading,.ashby-job-posting-right-pane',
  root: '.ashby-job-posting-right-pane',
  // The heading class is the one hook not confirmed by a second source: the hashed _title_ class backs it up.
  title: '.ashby-job-posting-heading,h1[class*="_title_"]',
};
