import type { Board } from './board';

/** careers-<company>.icims.com/jobs/<id>/<slug>/job. */
export const icims: Board = {
  id: 'icims',
  urls: [/^(?:careers-)?(?<co>[\w]+)[\w-]*\.icims\.com\/jobs\/(?<id>\d+)/],
};
