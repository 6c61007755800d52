/**
 * `npm run gen:gate-table`: writes utils/page/boards/gate-table.ts, the boards' URL needles, regex sources and DOM
 * markers as plain strings. The gate runs on every page; deriving these from the board objects there cost 1–8 ms of
 * a cold tab's main thread. tests/unit/page/gate-table.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderGateTable } from './gate-table-source';

const out = fileURLToPath(new URL('../../utils/page/boards/gate-table.ts', import.meta.url));
writeFileSync(out, renderGateTable());
console.log(`wrote ${out}`);
