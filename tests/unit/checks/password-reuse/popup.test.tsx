import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalog } from '@/scripts/locales';
import { reuseGroupsItem, reuseSitesItem } from '@/utils/checks/password-reuse/storage';
import { translatorFor } from '@/utils/i18n-catalog';

const translate = translatorFor(loadCatalog('en'));
const entry = (tag: number) => ({ tag, length: 12, lastSeen: 0 });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
    translate(key, ([] as (string | number)[]).concat(subs ?? [])),
  );
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('document', window.document);
  await fakeBrowser.storage.local.set({ reuseSalt: '0'.repeat(32) });
  await reuseSitesItem.setValue({
    'shop.example': entry(42),
    'mail.example': entry(42),
    'bank.example': entry(7),
  });
});
afterEach(() => vi.restoreAllMocks());

const app = () => document.getElementById('app')!;
const buttons = () => [...app().querySelectorAll('button')] as HTMLButtonElement[];
const button = (text: string) => buttons().find((b) => b.textContent === text)!;
const settle = () =>
  vi.waitFor(() => expect(app().textContent).toContain(translate('popupReuseHeading')));

test('groups the sites that share a password, and nothing about the password', async () => {
  const { ReuseGroups } = await import('@/components/popup/ReuseGroups');
  render(<ReuseGroups />, app());
  await settle();
  const items = [...app().querySelectorAll('.reuse-group li')].map(
    (li) => li.firstChild!.textContent,
  );
  expect(items).toEqual(['mail.example', 'shop.example']);
  expect(app().textContent).not.toContain('bank.example');
  expect(app().textContent).not.toMatch(/42|0000/);
});

test('"Forget" removes one site; "Forget all" removes the tags and the salt', async () => {
  const { ReuseGroups } = await import('@/components/popup/ReuseGroups');
  render(<ReuseGroups />, app());
  await settle();
  button('Forget shop.example').click();
  await vi.waitFor(async () =>
    expect(Object.keys(await reuseSitesItem.getValue()).sort()).toEqual([
      'bank.example',
      'mail.example',
    ]),
  );
  button(translate('popupReuseForgetAll')).click();
  await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
});

test('"These belong together" makes a group one service, no longer listed', async () => {
  const { ReuseGroups } = await import('@/components/popup/ReuseGroups');
  render(<ReuseGroups />, app());
  await settle();
  button(translate('popupReuseSameService')).click();
  await vi.waitFor(async () =>
    expect(await reuseGroupsItem.getValue()).toEqual([['mail.example', 'shop.example']]),
  );
  await vi.waitFor(() => expect(app().textContent).toContain(translate('popupReuseNone')));
});
