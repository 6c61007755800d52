import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen, send } from '@/entrypoints/posting/messages';

// Chromium and Firefox e2e runs prove the lite side against the background's @webext-core handlers; here, the
// wire format and the error path, under the fake browser.
describe("the content script's messaging", () => {
  it('sends {id, type, data, timestamp} and unwraps {res}', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      seen.push(msg);
      return Promise.resolve({ res: null });
    });
    expect(await send('getTabPosting', { tabId: 1 })).toBeNull();
    expect(seen).toEqual([{ id: expect.any(Number), type: 'getTabPosting', data: { tabId: 1 }, timestamp: expect.any(Number) }]);
  });

  it('turns {err} into a rejected promise with its message', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ err: { message: 'bad tab' } }));
    await expect(send('getTabPosting', { tabId: -1 })).rejects.toThrow('bad tab');
  });

  it('answers only its own message type, as {res}', async () => {
    const off = listen('annotateNow', async (data) => ({ ok: data.useSelection }));
    // The fake event's listeners take (message, sender); ours also takes sendResponse, as in real browsers.
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: object, r: (v: unknown) => void) => unknown;
    const reply = (msg: unknown) => new Promise((ok) => void trigger(msg, {}, ok));
    expect(await reply({ id: 1, type: 'annotateNow', data: { useSelection: true }, timestamp: 1 })).toEqual({ res: { ok: true } });
    off();
  });
});
