import { describe, expect, it } from 'vitest';
import { disabledSitesItem, highlightsOnItem, isSiteDisabled, runModeItem, setSiteDisabled } from '@/utils/settings';
import { readPageSettings, writeHighlightsOn } from '@/entrypoints/posting.content/settings-lite';

describe('settings', () => {
  it.each([
    [['example.com'], 'example.com', true],
    [['example.com'], 'jobs.example.com', true],
    [['www.example.com'], 'example.com', true],
    [['example.com'], 'notexample.com', false],
    [['', '  '], 'example.com', false],
    [[], 'example.com', false],
  ])('isSiteDisabled(%j, %s) → %s', (list, host, out) => {
    expect(isSiteDisabled(list, host)).toBe(out);
  });

  it('switches a site off and on without duplicates', async () => {
    expect(await setSiteDisabled('www.Example.com', true)).toEqual(['example.com']);
    expect(await setSiteDisabled('example.com', true)).toEqual(['example.com']);
    expect(await disabledSitesItem.getValue()).toEqual(['example.com']);
    expect(await setSiteDisabled('example.com', false)).toEqual([]);
  });

  it('the content script reads what the settings items wrote (same keys, same fallbacks)', async () => {
    expect(await readPageSettings()).toEqual({ runMode: 'auto', disabledSites: [], highlightsOn: true });
    await runModeItem.setValue('on-demand');
    await disabledSitesItem.setValue(['example.org']);
    await highlightsOnItem.setValue(false);
    expect(await readPageSettings()).toEqual({ runMode: 'on-demand', disabledSites: ['example.org'], highlightsOn: false });
    await writeHighlightsOn(true);
    expect(await highlightsOnItem.getValue()).toBe(true);
  });
});
