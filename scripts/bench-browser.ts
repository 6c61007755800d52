/**
 * `npm run bench:browser`: builds the extension, launches Debian's Chromium with it, runs every benchmark module in
 * scripts/bench-browser/ (default export: BrowserBench), and prints a table plus JSON (bench-results/browser.json).
 * Timings are measured inside the browser (Performance API, long tasks). `--only NAME` runs one module.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithExtension, type ExtensionSession } from '../tests/support/chromium';
import { startFixtureServer } from '../tests/support/fixture-server';
import type { BenchRow, BrowserBench } from './bench-browser/types';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;

if (!argv.includes('--no-build')) {
  console.error('bench:browser: building the extension…');
  execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
}

const dir = resolve('scripts/bench-browser');
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.startsWith('_'))
  .filter((f) => !only || basename(f, '.ts') === only)
  .sort();

const server = await startFixtureServer();
let session: ExtensionSession = await launchWithExtension();
const results: (BenchRow & { module: string; pass: boolean | null })[] = [];
try {
  for (const file of modules) {
    const name = basename(file, '.ts');
    console.error(`bench:browser: ${name}`);
    // eslint-disable-next-line no-unsanitized/method -- our own benchmark modules, listed from our folder
    const bench = (await import(pathToFileURL(resolve(dir, file)).href)).default as BrowserBench;
    const rows = await bench({
      get session() {
        return session;
      },
      server,
      async relaunch() {
        await session.close();
        session = await launchWithExtension();
        return session;
      },
    });
    for (const r of rows) results.push({ ...r, module: name, pass: r.target == null ? null : r.value <= r.target });
  }
} finally {
  await session.close();
  await server.close();
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
console.log('| module | measure | value | target | ok |\n|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.module} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.target == null ? '' : `≤ ${fmt(r.target)} ${r.unit}`} | ${
      r.pass == null ? '' : r.pass ? 'yes' : 'NO'
    } |`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/browser.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
console.log('\nJSON: bench-results/browser.json');
if (results.some((r) => r.pass === false)) process.exitCode = 1;
