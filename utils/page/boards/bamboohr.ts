import type { Board } from './board';

/** <company>.bamboohr.com/careers/<id> and the older /jobs/view.php?id=<id>. */
export const bamboohr: Board = {
  id: 'bamboohr',
  urls: [/^(?<co>[\w-]+)\.bamboohr\.com\/careers\/(?<id>\d+)/, /^(?<co>[\w-]+)\.bamboohr\.com\/jobs\/view\.php\?(?:.*&)?id=(?<id>\d+)/],
};
