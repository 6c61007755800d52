/** Launching Debian's Chromium with the built extension loaded (see ../shared/e2e-recipe.md). */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_INSTALL_HINT =
  'Install it with `apt-get update && apt-get install -y chromium` (or point CHROMIUM_PATH at a Chromium binary).';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. ${CHROMIUM_INSTALL_HINT}`);
  return path;
}

const OUT_DIR = process.env.JOBMARK_OUT_DIR ?? '.output';
export const CHROME_BUILD_DIR = resolve(OUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD_DIR = resolve(OUT_DIR, 'firefox-mv2');

export function assertBuilt(dir = CHROME_BUILD_DIR): void {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build in ${dir}. Run \`npm run build\` (and \`npm run build:firefox\`) first.`);
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** A persistent context with the extension loaded; pass `profileDir` to reopen the same profile. */
export async function launchWithExtension(
  opts: { extensionDir?: string; profileDir?: string; headless?: boolean } = {},
): Promise<ExtensionSession> {
  const ext = opts.extensionDir ?? CHROME_BUILD_DIR;
  assertBuilt(ext);
  const ownsProfile = !opts.profileDir;
  const profileDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'jobmark-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    acceptDownloads: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close() {
      await context.close();
      if (ownsProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
