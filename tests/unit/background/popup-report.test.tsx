import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translatorFor } from '@/utils/i18n-catalog';
import type { TabReport } from '@/utils/messaging';
import { loadCatalog } from '@/scripts/locales';

const translate = translatorFor(loadCatalog('en'));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
    translate(key, ([] as (string | number)[]).concat(subs ?? [])),
  );
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('document', window.document);
});

async function shown(report: TabReport): Promise<string> {
  const { TabFindings } = await import('@/components/popup/TabFindings');
  const root = document.getElementById('app')!;
  render(<TabFindings report={report} site={null} />, root);
  return root.textContent ?? '';
}

test('an incomplete report with no findings is never "nothing to flag"', async () => {
  const text = await shown({ url: 'https://a.example', findings: [], incomplete: true });
  expect(text).not.toContain(translate('popupFindingsNone'));
  expect(text).toContain(translate('popupFindingsIncomplete'));
  // A complete, empty report is the all-clear.
  expect(await shown({ url: 'https://a.example', findings: [] })).toContain(
    translate('popupFindingsNone'),
  );
});

test('a finding from a cross-origin frame names its origin', async () => {
  const text = await shown({
    url: 'https://shop.example',
    findings: [
      {
        check: 'insecure-form',
        severity: 'danger',
        form: 0,
        message: 'Sends in the clear.',
        origin: 'https://ads.example',
      },
      { check: 'oversized-form', severity: 'warning', form: 1, message: 'Asks for too much.' },
    ],
  });
  expect(text).toContain(translate('popupFindingFrom', ['https://ads.example']));
  expect(text.match(/from https:/g)).toHaveLength(1);
});
