import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '@/utils/background/lifecycle';

beforeEach(() => fakeBrowser.reset());

type Reason = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]['reason'];

async function tabsAfter(reason: Reason) {
  openWelcomeOnInstall();
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
}

describe('welcome page', () => {
  test('opens once on a fresh install', async () => {
    const urls = await tabsAfter('install');
    expect(urls.filter((url) => url?.endsWith('/welcome.html'))).toHaveLength(1);
  });

  test.each(['update', 'browser_update'] as const)('stays closed on %s', async (reason) => {
    expect(await tabsAfter(reason)).not.toContainEqual(expect.stringContaining('welcome'));
  });
});
