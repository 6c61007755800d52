import type { Board } from './board';

/** <company>.jobs.personio.de/job/<id> (also .com). */
export const personio: Board = {
  id: 'personio',
  urls: [/^(?<co>[\w-]+)\.jobs\.personio\.(?:de|com)\/job\/(?<id>\d+)/],
};
