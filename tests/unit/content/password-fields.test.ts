import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';

/** passwordRole reads the DOM the way the content script sees it; linkedom stands in for it. */
let passwordRole: typeof import('@/utils/content/password-fields').passwordRole;
let isPasswordInput: typeof import('@/utils/content/password-fields').isPasswordInput;

beforeAll(async () => {
  const { window } = parseHTML('<html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const name of ['HTMLInputElement', 'HTMLFormElement', 'Document', 'ShadowRoot'])
    g[name] ??= (window as unknown as Record<string, unknown>)[name] ?? class {};
  g.CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') };
  ({ passwordRole, isPasswordInput } = await import('@/utils/content/password-fields'));
});

function field(html: string, selector = '#pw') {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.querySelector(selector) as unknown as HTMLInputElement;
}

describe('new password or current password', () => {
  test.each([
    [
      'autocomplete=new-password',
      '<form><input id="pw" type="password" autocomplete="new-password"></form>',
      'new',
    ],
    [
      'autocomplete=current-password',
      '<form><input id="pw" type="password" autocomplete="current-password"><input type="password"></form>',
      'current',
    ],
    [
      'two password fields (choose + confirm)',
      '<form><input id="pw" type="password" name="p1"><input type="password" name="p2"></form>',
      'new',
    ],
    [
      'a "confirm" label',
      '<form><label>Confirm password <input id="pw" type="password"></label></form>',
      'new',
    ],
    [
      'a German "neues Passwort" label',
      '<form><label>Neues Passwort <input id="pw" type="password"></label></form>',
      'new',
    ],
    [
      '"current" wins in a change form',
      '<form><label>Current password <input id="pw" type="password"></label><input type="password"><input type="password"></form>',
      'current',
    ],
    [
      'a plain login form',
      '<form><input name="user"><input id="pw" type="password" name="password"><button>Sign in</button></form>',
      'current',
    ],
    [
      'a sign-up button',
      '<form><input type="email"><input id="pw" type="password"><button type="submit">Sign up</button></form>',
      'new',
    ],
  ])('%s → %s', (_, html, role) => {
    expect(passwordRole(field(html))).toBe(role);
  });

  test('a field stays a password field after "show password" turns it into text', () => {
    const input = field('<form><input id="pw" type="password"></form>');
    expect(isPasswordInput(input)).toBe(true);
    input.setAttribute('type', 'text');
    expect(isPasswordInput(input)).toBe(true);
    expect(isPasswordInput(field('<input id="pw" type="text">'))).toBe(false);
  });
});
