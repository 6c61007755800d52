import type { Board } from './board';

/** <company>.recruitee.com/o/<slug>. */
export const recruitee: Board = {
  id: 'recruitee',
  urls: [/^(?<co>[\w-]+)\.recruitee\.com\/o\/(?<id>[\w-]+)/],
};
