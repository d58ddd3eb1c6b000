import { ratePassword } from '@/utils/checks/password-strength/rate';
import { onMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';
import { isOwnContentScript, isOwnPage } from '@/utils/sender';

/** The background only wires messages to the checks; every handler checks who is asking. */
export default defineBackground(() => {
  const id = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const fromUs = (sender: chrome.runtime.MessageSender) =>
    isOwnContentScript(sender, id, origin) || isOwnPage(sender, id, origin);

  onMessage('ratePassword', ({ data, sender }) => {
    if (!fromUs(sender)) throw new Error('refused');
    return ratePassword(String(data.password), { userInputs: data.userInputs.map(String) });
  });
  onMessage('openLesson', async ({ data, sender }) => {
    if (!fromUs(sender)) throw new Error('refused');
    const id = String(data.id).replace(/[^a-z0-9-]/g, '');
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#lesson=${id}`) });
  });
  onMessage('getSettings', ({ sender }) => {
    if (!fromUs(sender)) throw new Error('refused');
    return loadSettings();
  });
});
