import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.JOBMARK_SHARED_DIR ?? '../shared');

export default function setup(): void {
  if (!existsSync(resolve(SHARED_DIR, 'seed-posting.txt')))
    throw new Error(
      `npm run test:shared needs the shared material at ${SHARED_DIR} (seed-posting.txt, corpus/). ` +
        'Check out the project next to it, or set JOBMARK_SHARED_DIR. `npm test` does not need it.',
    );
}
