import type { Board } from './board';

/** <company>.teamtailor.com/jobs/<id>-<slug>. */
export const teamtailor: Board = {
  id: 'teamtailor',
  urls: [/^(?<co>[\w-]+)\.teamtailor\.com\/jobs\/(?<id>\d+)/],
};
