import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { App } from '../../../entrypoints/options/App';
import { getDb } from '../../../utils/store/db';
import { saveAnalysis } from '../../../utils/store/save-role';
import { deleteAllData } from '../../../utils/store/role-writes';
import { disabledSitesItem, runModeItem } from '../../../utils/settings';
import { makeAnalysis } from '../store/make-analysis';
import { byText, click, render, typeInto, waitFor } from './render';

describe('options page', () => {
  let view: Awaited<ReturnType<typeof render>>;
  beforeEach(async () => {
    await deleteAllData(getDb());
    await saveAnalysis(getDb(), makeAnalysis(), 'https://q.example/jobs/1');
    view = await render(<App />);
  });
  afterEach(() => view.unmount());

  it('says that uninstalling erases the list, and deletes everything only after confirmation', async () => {
    const c = view.container;
    await waitFor(() => /Your 1 saved role live only/.test(c.textContent ?? ''));
    expect(c.textContent).toMatch(/Uninstalling Jobmark erases them/);
    await click(byText(c, 'button', /Delete all data/));
    expect(c.querySelector('[role="alertdialog"]')?.textContent).toMatch(/Delete all 1 saved roles/);
    await click(byText(c, 'button', 'Cancel'));
    expect(await getDb().roles.count()).toBe(1);
    await click(byText(c, 'button', /Delete all data/));
    await click(byText(c, 'button', /Yes, delete everything/));
    await waitFor(() => /All data deleted/.test(c.textContent ?? ''));
    expect(await getDb().roles.count()).toBe(0);
  });

  it('switches the run mode and turns sites off and on', async () => {
    const c = view.container;
    const onDemand = await waitFor(() => c.querySelector<HTMLInputElement>('input[value="on-demand"]'));
    await click(onDemand);
    await expect.poll(() => runModeItem.getValue()).toBe('on-demand');
    await typeInto(c.querySelector<HTMLInputElement>('input[aria-label="Site to turn off"]')!, 'https://News.Example.com/some/page');
    await act(async () => c.querySelector('form')!.requestSubmit());
    await waitFor(() => /news\.example\.com/.test(c.textContent ?? ''));
    expect(await disabledSitesItem.getValue()).toEqual(['news.example.com']);
    await click(byText(c, 'button', 'Turn back on'));
    await waitFor(() => /None: Jobmark runs on every site/.test(c.textContent ?? ''));
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it('refuses a foreign file with a clear message and changes nothing', async () => {
    const c = view.container;
    const input = await waitFor(() => c.querySelector<HTMLInputElement>('input[type="file"]'));
    const file = new File([JSON.stringify({ bookmarks: [] })], 'other.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    const alert = await waitFor(() => c.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/not a Jobmark backup.*Nothing was imported/);
    expect(await getDb().roles.count()).toBe(1);
  });
});
