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
  /** The open port and the requests it carries. */
  let link: { port: Browser.runtime.Port; pending: Map<number, Waiter> } | null = null;
  let seq = 0;
  const open = () => {
    const port = browser.runtime.connect({ name: SKILLS_PORT });
    const pending = new Map<number, Waiter>();
    port.onMessage.addListener((m: SkillsReply) => {
      const w = pending.get(m.id);
      if (!w) return;
      pending.delete(m.id);
      if (m.res) w.ok(m.res);
      else w.fail(new Error(m.err ?? 'no skills result'));
    });
    port.onDisconnect.addListener(() => {
      if (link?.port === port) link = null;
      const err = new Error(browser.runtime.lastError?.message ?? 'the skills host closed');
      for (const w of pending.values()) w.fail(err);
    });
    return { port, pending };
  };
  return (analysis) =>
    new Promise<SkillsResult>((ok, fail) => {
      link ??= open();
      const id = ++seq;
      link.pending.set(id, { ok, fail });
      link.port.postMessage({ id, analysis } satisfies SkillsRequest);
    });
}
