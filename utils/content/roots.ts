/** @module Pages hide fields inside shadow roots; these helpers see through the open ones
 * (closed ones are private to the page, and we respect that). */
import { isElement, isShadowRoot } from './nodes';

/** The element names pages use most, HTML and SVG: none has a hyphen, so no custom element is
 * ever among them. Asking the browser's selector engine for every element *not* named here
 * returns the custom elements (and a few rarer tags) without making a script object for each
 * common element. Measured on the long article (Chromium, 15 loads each, `ScriptDuration`
 * median, three runs): ~0.4–0.9 ms, against ~1.2–2 ms for one XPath query for names with a
 * hyphen and ~1 ms for walking every element. A shorter list costs more (a 30-name one: ~2.7 ms,
 * as every element it leaves out comes back as an object); a longer one costs its parsing. A
 * plain string: built with `split` on a regular expression it cost ~1 ms more, the first
 * regular expression in the frame's isolated world. */
const UNCOMMON =
  ':not(' +
  'div,span,a,p,li,img,ul,ol,script,link,meta,style,br,i,b,u,s,em,strong,small,sup,sub,' +
  'h1,h2,h3,h4,h5,h6,section,article,aside,header,footer,nav,main,figure,figcaption,' +
  'picture,source,button,input,label,form,select,option,optgroup,textarea,fieldset,' +
  'legend,table,thead,tbody,tfoot,tr,td,th,caption,col,colgroup,dl,dt,dd,code,pre,' +
  'blockquote,q,cite,abbr,mark,time,hr,iframe,noscript,template,slot,video,audio,track,' +
  'canvas,details,summary,dialog,html,head,body,title,base,svg,g,path,use,rect,circle,' +
  'line,polyline,polygon,ellipse,defs,symbol,stop,text,tspan' +
  ')';

/** Custom elements (names with a hyphen) under `node`: where pages attach shadow roots. Inside
 * a shadow root every element is looked at; those subtrees are small. */
function hostsIn(node: Node): ArrayLike<Element> {
  if (isShadowRoot(node)) return node.querySelectorAll('*');
  const found = (node as ParentNode).querySelectorAll(UNCOMMON);
  const hosts: Element[] = [];
  for (let i = 0; i < found.length; i++) {
    const element = found[i]!;
    if (element.localName.includes('-')) hosts.push(element);
  }
  return hosts;
}

/** Open shadow roots under `root` (and `root`'s own), nested ones too, looking at `limit`
 * candidate hosts at most. Hosts are custom elements (and `root` itself): a shadow root on a
 * plain `div` deeper down is not found here. The forms scan (`utils/forms/scan.ts`) still
 * reads every open shadow root it meets; this only serves watching for changes. */
export function openShadowRoots(root: Node, limit = 5_000): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  if (isElement(root) && root.shadowRoot) found.push(root.shadowRoot);
  const pending: Node[] = [root, ...found];
  let seen = 0;
  while (pending.length && seen < limit) {
    const hosts = hostsIn(pending.pop()!);
    for (let i = 0; i < hosts.length && seen < limit; i++, seen++) {
      const shadow = hosts[i]!.shadowRoot;
      if (shadow) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/** The open shadow roots of the document's own shadow hosts (custom elements), in document
 * order: what the forms scan (`utils/forms/scan-query.ts`) walks; it finds nested ones itself. */
export function documentShadowRoots(doc: Document): ShadowRoot[] {
  const hosts = hostsIn(doc);
  const found: ShadowRoot[] = [];
  for (let i = 0; i < hosts.length; i++) {
    const shadow = hosts[i]!.shadowRoot;
    if (shadow) found.push(shadow);
  }
  return found;
}

/** The element an event really happened on, even inside an open shadow root. */
export function eventTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
