/**
 * Where compromise runs: it is ~140 KB gzipped and ~0.5 s to load, so it lives in one long-lived extension document —
 * Chrome's offscreen document (its service worker cannot import() and is stopped when idle), or in Firefox an iframe
 * of the same page inside the persistent background page. Neither is ever the host page.
 */
import { browser, type Browser } from 'wxt/browser';
import { skillsClient } from '@/utils/ext/skills-port';
import type { SkillsResult } from '@/utils/messaging';
import type { PostingAnalysis } from '@/utils/types';
type SkillsFn = (a: PostingAnalysis) => SkillsResult;

const OFFSCREEN_PATH = '/offscreen.html';
/** One creation at a time; a found document was created by an earlier worker run and has long loaded. */
let ready: Promise<void> | null = null;
const RETRIES = 5;
const RETRY_MS = 100;

function ensureOffscreen(): Promise<void> {
  ready ??= (async () => {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
    if (contexts.length) return;
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Runs the natural-language pass (compromise) on posting text once loaded, off the web page.',
    });
  })().catch((err: unknown) => {
    ready = null;
    throw err;
  });
  return ready;
}

const askHost = skillsClient();

/** The offscreen document may still be starting: its listener answers once its script ran. */
async function askOffscreen(analysis: PostingAnalysis): Promise<SkillsResult> {
  for (let i = 0; ; i++) {
    try {
      return await askHost(analysis);
    } catch (err) {
      if (i >= RETRIES || !/receiving end|establish connection/i.test(String(err))) throw err;
      await new Promise((ok) => setTimeout(ok, RETRY_MS));
    }
  }
}

let frame: Promise<Window> | null = null;

function firefoxFrame(): Promise<Window> {
  frame ??= new Promise<Window>((ok, fail) => {
    const f = document.createElement('iframe');
    f.src = browser.runtime.getURL(OFFSCREEN_PATH);
    f.addEventListener('load', () => (f.contentWindow ? ok(f.contentWindow) : fail(new Error('skills frame failed'))));
    document.body.append(f);
  }).catch((err: unknown) => {
    frame = null; // the next request tries again
    throw err;
  });
  return frame;
}

/**
 * Runs the compromise pass on an analysis, in the skills host, loading it on the first request. It used to start
 * loading right after the first analysis: ~0.5 s of CPU that then shared this 2-core machine with the page's first
 * highlight and panel frames (102 and 137 ms on a cold 100k-word posting). The first posting of a session now gets
 * its skill phrases that much later; the others find the host loaded.
 */
export async function skillsFor(analysis: PostingAnalysis): Promise<SkillsResult> {
  if (import.meta.env.FIREFOX) {
    const win = (await firefoxFrame()) as Window & { jobmarkSkills?: SkillsFn };
    if (!win.jobmarkSkills) throw new Error('skills host not ready');
    // Copy across the frame boundary: the result belongs to the iframe's realm.
    return JSON.parse(JSON.stringify(win.jobmarkSkills(analysis))) as SkillsResult;
  }
  await ensureOffscreen();
  return askOffscreen(analysis);
}
