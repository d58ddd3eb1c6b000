/** @module Notice styles, inlined into each shadow root: no stylesheet fetch, so nothing has
 * to be web-accessible (a page could otherwise probe for the extension). */
export const NOTICE_CSS = `
:host { all: initial !important; }
.notice {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --border: #c9c9d3;
  --weak: #b3261e; --fair: #8a5a00; --strong: #1e6b34; --accent: #0b57d0;
  box-sizing: border-box; max-width: 360px; min-width: 220px; margin: 0;
  padding: 8px 10px; border: 1px solid var(--border); border-left: 4px solid var(--tone, var(--accent));
  border-radius: 6px; background: var(--bg); color: var(--fg);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 2px 8px rgba(0, 0, 0, .18); text-align: left; direction: ltr;
}
@media (prefers-color-scheme: dark) {
  .notice { --bg: #1f1f24; --fg: #f1f1f4; --muted: #c4c4ce; --border: #4a4a55;
    --weak: #ffb4ab; --fair: #f5c26b; --strong: #8fd19e; --accent: #a8c7fa; }
}
.notice[data-tone=weak] { --tone: var(--weak); }
.notice[data-tone=fair] { --tone: var(--fair); }
.notice[data-tone=strong] { --tone: var(--strong); }
.head { display: flex; align-items: center; gap: 8px; }
.title { font-weight: 600; flex: 1; margin: 0; font-size: 13px; }
.text { margin: 4px 0 0; color: var(--fg); }
.fix { margin: 4px 0 0; color: var(--muted); }
.meter { display: block; width: 100%; height: 6px; margin-top: 6px; accent-color: var(--tone); }
button, a { font: inherit; color: var(--accent); }
.dismiss { background: none; border: 0; padding: 2px 6px; cursor: pointer; font-size: 16px; line-height: 1; color: var(--muted); border-radius: 4px; }
.learn { background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; margin-top: 4px; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
