import type { Board } from './board';

/** <company>.breezy.hr/p/<id>-<slug>. */
export const breezy: Board = {
  id: 'breezy',
  urls: [/^(?<co>[\w-]+)\.breezy\.hr\/p\/(?<id>[0-9a-f]{8,})/],
};
