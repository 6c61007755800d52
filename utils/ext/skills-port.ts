/**
 * The background ↔ skills host (Chrome's offscreen document) link: a port only the background opens. A
 * `runtime.onMessage` listener there woke the document for every message any page sent the background (2–8 ms of
 * its main thread each, on this 2-core machine, during the page's own first highlight).
 */
import { browser, type Browser } from 'wxt/browser';
import type { SkillsResult } from '../messaging';
import type { PostingAnalysis } from '../types';

export const SKILLS_PORT = 'jobmark-skills';

interface SkillsRequest {
  id: number;
  analysis: PostingAnalysis;
}
interface SkillsReply {
  id: number;
  res?: SkillsResult;
  err?: string;
}

/** The skills host's side: answers each request on ports named SKILLS_PORT. */
export function serveSkills(run: (analysis: PostingAnalysis) => SkillsResult): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SKILLS_PORT) return;
    port.onMessage.addListener((msg: SkillsRequest) => {
      let reply: SkillsReply;
      try {
        reply = { id: msg.id, res: run(msg.analysis) };
      } catch (err) {
        reply = { id: msg.id, err: err instanceof Error ? err.message : String(err) };
      }
      port.postMessage(reply);
    });
  });
}

type Waiter = { ok: (r: SkillsResult) => void; fail: (e: Error) => void };

/**
 * The background's side: one port, opened on the first request and again after it closes; a closed port fails the
 * requests it carried (with "Could not establish connection" while the host has no listener yet).
 */
export function skillsClient(): (analysis: PostingAnalysis) => Promise<SkillsResult> {
  let port: Browser.runtime.Port | null = null;
  let pending = new Map<number, Waiter>();
  let seq = 0;
  const open = (): Browser.runtime.Port => {
    const p = browser.runtime.connect({ name: SKILLS_PORT });
    const mine = (pending = new Map());
    p.onMessage.addListener((m: SkillsReply) => {
      const w = mine.get(m.id);
      if (!w) return;
      mine.delete(m.id);
      if (m.res) w.ok(m.res);
      else w.fail(new Error(m.err ?? 'no skills result'));
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      const err = new Error(browser.runtime.lastError?.message ?? 'the skills host closed');
      for (const w of mine.values()) w.fail(err);
      mine.clear();
    });
    return p;
  };
  return (analysis) =>
    new Promise<SkillsResult>((ok, fail) => {
      port ??= open();
      const id = ++seq;
      pending.set(id, { ok, fail });
      port.postMessage({ id, analysis } satisfies SkillsRequest);
    });
}
