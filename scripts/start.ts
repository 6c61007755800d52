/**
 * `npm start`: builds the Chrome extension, serves the bundled sample posting on 127.0.0.1 and opens Chromium with
 * Jobmark loaded on it. Without a display (a server, CI) it runs headless, saves a screenshot and tells you where.
 * Chromium: /usr/bin/chromium or CHROMIUM_PATH. Stop with Ctrl-C.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_INSTALL_HINT, launchWithExtension } from '../tests/support/chromium';
import { startFixtureServer } from '../tests/support/fixture-server';

const SAMPLE = resolve('sample/posting.html');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

console.log('Jobmark: building the Chrome extension…');
execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startFixtureServer(resolve('tests/fixtures/pages'));
server.route('/', { body: readFileSync(SAMPLE, 'utf8') });
server.route('/sample-posting.html', { body: readFileSync(SAMPLE, 'utf8') });
const url = server.url('/sample-posting.html');

let session;
try {
  session = await launchWithExtension({ headless });
} catch (err) {
  console.error(`Could not start Chromium: ${(err as Error).message}\n${CHROMIUM_INSTALL_HINT}`);
  await server.close();
  process.exit(1);
}
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.setViewportSize({ width: 1280, height: 860 });
await page.goto(url);
console.log(`Jobmark is loaded (extension id ${session.extensionId}).`);
console.log(`Sample posting: ${url}`);
console.log(`Dashboard:      chrome-extension://${session.extensionId}/dashboard.html`);

if (headless) {
  // Give the content script a moment to detect, analyse and paint, then show what a user would see.
  await page.waitForSelector('jobmark-panel', { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(800);
  mkdirSync('.output', { recursive: true });
  const shot = resolve('.output/sample-screenshot.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so Chromium runs headless. Screenshot of the sample posting: ${shot}`);
  if (process.argv.includes('--once') || process.env.CI) {
    await session.close();
    await server.close();
    process.exit(0);
  }
}
console.log('Press Ctrl-C to stop.');
const stop = async () => {
  await session.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
session.context.on('close', () => void stop());
