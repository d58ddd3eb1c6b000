/** @module Generated pages for the browser benchmarks. */

/** A sign-up form among `n` other inputs, the way big admin pages and spreadsheets-in-HTML look. */
export function manyInputsPage(n: number): string {
  const fillers = Array.from(
    { length: n },
    (_, i) => `<input name="cell${i}" aria-label="Cell ${i}">`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many inputs</title></head><body>
<form id="signup"><label>Email <input type="email" name="email"></label>
<label>New password <input id="pw" type="password" autocomplete="new-password"></label></form>
<div>${fillers}</div></body></html>`;
}

/** A page that records, in its own world, how long after a key press a password notice shows.
 * It sees only what any page sees: the notice host and its `data-state`. */
export const LATENCY_PROBE = `
  window.__latencies = [];
  let pressed = 0, shown = false;
  document.addEventListener('keydown', () => { pressed = performance.now(); }, true);
  new MutationObserver(() => {
    const now = !!document.querySelector('heedful-notice[data-check="password-strength"][data-state]');
    if (now && !shown && pressed) window.__latencies.push(performance.now() - pressed);
    shown = now;
  }).observe(document.documentElement, { childList: true, attributes: true, subtree: true, attributeFilter: ['data-state'] });
`;

/** Records when the breach notice enters `checking` and when it leaves it. */
export const BREACH_PROBE = `
  window.__breach = [];
  let started = 0;
  new MutationObserver(() => {
    const host = document.querySelector('heedful-notice[data-check="breached-password"]');
    const state = host && host.dataset.state;
    if (state === 'checking' && !started) started = performance.now();
    else if (state && state !== 'checking' && started) { window.__breach.push(performance.now() - started); started = 0; }
  }).observe(document.documentElement, { childList: true, attributes: true, subtree: true, attributeFilter: ['data-state'] });
`;

/** A long news article with no form and no field: what most page loads look like. Built like a
 * real one (~2,300 elements: navigation, figures, a sidebar, ad slots, a link-heavy footer), not
 * a bare column of paragraphs, because the sentinel's idle look grows with the element count. */
export function articlePage(paragraphs = 200): string {
  const text =
    'Security hygiene is a habit more than a product: updates, a password manager, two-step sign-in and a moment of doubt before clicking. ';
  const links = (n: number, prefix: string) =>
    Array.from(
      { length: n },
      (_, i) => `<li><a href="/${prefix}/${i}">${prefix} ${i}</a></li>`,
    ).join('');
  const figure = (i: number) =>
    `<figure><picture><source srcset="/img/${i}.avif" type="image/avif"><source srcset="/img/${i}.webp" type="image/webp"><img src="/img/${i}.jpg" alt="Figure ${i}" width="640" height="360"></picture><figcaption>Figure ${i}</figcaption></figure>`;
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `${i % 20 === 0 ? `<h2 id="s${i}">Section ${i / 20 + 1}</h2>` : ''}${i % 10 === 5 ? figure(i) : ''}` +
      `<p>${text.repeat(2)}<em>habit</em> ${text}<strong>doubt</strong> ${text}<a href="#p${i}">more</a></p>`,
  ).join('\n');
  const related = Array.from(
    { length: 40 },
    (_, i) =>
      `<li><a href="/story/${i}"><img src="/thumb/${i}.jpg" alt=""><span>Related story ${i}</span></a></li>`,
  ).join('');
  const ads = Array.from(
    { length: 50 },
    (_, i) =>
      `<div class="slot"><div class="ad"><div><a href="/ad/${i}"><img src="/ad/${i}.png" alt="Ad"></a></div></div></div>`,
  ).join('');
  const footer = Array.from(
    { length: 8 },
    (_, c) => `<section><h3>Column ${c}</h3><ul>${links(20, `footer${c}`)}</ul></section>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body>
<header><a href="/"><img src="/logo.svg" alt="News"></a><nav><ul>${links(60, 'section')}</ul></nav></header>
<main><article><h1>A long read</h1>${body}</article><aside><h2>Related</h2><ul>${related}</ul>${ads}</aside></main>
<footer>${footer}</footer></body></html>`;
}
