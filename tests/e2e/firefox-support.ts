/**
 * Firefox ESR driven over WebDriver BiDi on a WebSocket (playwright-core cannot drive it; see ../shared/e2e-recipe.md).
 * Just enough of the protocol for our tests: install the extension, open a page, evaluate in it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BIDI_RE = /WebDriver BiDi listening on (ws:\/\/[\d.:]+)/;
const PREFS = [
  'user_pref("browser.shell.checkDefaultBrowser", false);',
  'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
  'user_pref("browser.startup.homepage_override.mstone", "ignore");',
  'user_pref("extensions.autoDisableScopes", 0);',
];

export interface FirefoxSession {
  call<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  /** Evaluates `expression` in the page of `context` (main world) and returns its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
  const profile = await mkdtemp(join(tmpdir(), 'jobmark-ff-'));
  await writeFile(join(profile, 'user.js'), PREFS.join('\n'));
  const proc: ChildProcess = spawn(
    FIREFOX_PATH,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const endpoint = await new Promise<string>((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start BiDi:\n${log.slice(-2000)}`)), 30_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = BIDI_RE.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    proc.stderr!.on('data', onData);
    proc.stdout!.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${log.slice(-2000)}`)));
  });
  const ws = new WebSocket(`${endpoint}/session`);
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail));
  let id = 0;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (msg.id == null) return;
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.type === 'error') p?.fail(new Error(`${msg.error}: ${msg.message}`));
    else p?.ok(msg.result);
  });
  const call = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((ok, fail) => {
      const n = ++id;
      pending.set(n, { ok: ok as (v: unknown) => void, fail });
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  await call('session.new', { capabilities: {} });
  return {
    call,
    async evaluate<T>(context: string, expression: string) {
      const r = await call<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>(
        'script.evaluate',
        { expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true },
      );
      if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception');
      return JSON.parse(String(r.result?.value ?? 'null')) as T;
    },
    async close() {
      await call('session.end', {}).catch(() => {});
      ws.close();
      proc.kill();
      await new Promise((ok) => (proc.exitCode != null ? ok(null) : proc.once('exit', ok)));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
