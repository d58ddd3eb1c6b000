var sentinel = (function() {
	// node_modules/wxt/dist/utils/define-unlisted-script.mjs
	function defineUnlistedScript(arg) {
		if (arg == null || typeof arg === "function") return { main: arg };
		return arg;
	}
	// utils/content/handover.ts
	var KEY = "__heedfulHandover";
	function handover(scope = globalThis) {
		const holder = scope;
		return holder[KEY] ??= {
			typed: [],
			requested: false,
			engine: false
		};
	}
	// utils/content/sentinel.ts
	/** @module The sentinel: what runs in every frame of every page. On a frame with nothing to do
	* it costs four passive listeners and two native queries when the page is idle (~0.5 ms on a long article), and touches no
	* extension API at all (the first use of `chrome.runtime` alone costs ~0.5 ms in Chromium). It
	* asks for the engine only when a frame has a form or a field, or a person types, focuses a
	* field or submits. Nothing here touches the page's DOM or dispatches anything a page could
	* see. */
	/** What the forms check and the password checks need: a form, or a field someone could fill. */
	var FILLABLE = "form, input:not([type=hidden]), select, textarea";
	/** One native query that stops at the first match (`FILLABLE` includes `form`). */
	function hasFillable(root = document) {
		return root.querySelector(FILLABLE) !== null;
	}
	/** Elements looked at inside shadow roots (for nested ones), once: a bound for hostile pages. */
	var SHADOW_SCAN_LIMIT = 5e3;
	/** Custom elements: names with a hyphen. One native XPath query finds them without creating a
	* script object for every element of the page (a `querySelectorAll('*')` walk costs ~1 ms on a
	* 1,800-element article; this ~0.2 ms). */
	var CUSTOM_ELEMENTS = "//*[contains(local-name(), '-')]";
	/** A field inside an open shadow root, looking at custom elements only: they are where pages
	* attach shadow roots. A shadow root on a plain `div` is found once someone uses its field
	* (`focusin` and `input` are composed, so they reach the sentinel). Nested roots are followed,
	* `limit` elements at most. */
	function hasShadowFillable(doc = document, limit = SHADOW_SCAN_LIMIT) {
		const hosts = doc.evaluate(CUSTOM_ELEMENTS, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE);
		const pending = [];
		for (let i = 0; i < hosts.snapshotLength; i++) {
			const shadow = hosts.snapshotItem(i).shadowRoot;
			if (shadow) pending.push(shadow);
		}
		let seen = 0;
		while (pending.length) {
			const shadow = pending.pop();
			if (hasFillable(shadow)) return true;
			const all = shadow.querySelectorAll("*");
			for (let i = 0; i < all.length; i++) {
				if (++seen > limit) return false;
				const inner = all[i].shadowRoot;
				if (inner) pending.push(inner);
			}
		}
		return false;
	}
	/** A field added to the page (also inside a shadow root attached with it). */
	function addsFillable(records) {
		for (const record of records) for (const node of record.addedNodes) {
			if (!(node instanceof Element)) continue;
			if (node.matches("form, input:not([type=hidden]), select, textarea")) return true;
			if (node.firstElementChild && node.querySelector("form, input:not([type=hidden]), select, textarea")) return true;
			if (node.shadowRoot && hasFillable(node.shadowRoot)) return true;
		}
		return false;
	}
	function watchForNeed(host) {
		const state = handover();
		const listeners = [];
		const stop = () => {
			observer.disconnect();
			for (const [type, fn] of listeners) document.removeEventListener(type, fn, true);
			listeners.length = 0;
		};
		const ask = (reason) => {
			if (state.requested || state.engine) return stop();
			state.requested = true;
			stop();
			host.wake(reason);
		};
		const observer = new MutationObserver((records) => {
			if (addsFillable(records)) ask("fields");
		});
		const onPerson = (event) => {
			if (!event.isTrusted) return;
			if (!host.alive()) return stop();
			const target = event.composedPath()[0];
			if (event.type === "input" && target instanceof HTMLInputElement) state.typed = [...state.typed.filter((f) => f !== target), target].slice(-32);
			if (event.type === "submit" || isField(target)) ask("person");
		};
		for (const type of [
			"input",
			"focusin",
			"keydown",
			"submit"
		]) {
			listeners.push([type, onPerson]);
			document.addEventListener(type, onPerson, {
				capture: true,
				passive: true
			});
		}
		host.idle(() => {
			if (state.requested || state.engine) return stop();
			if (hasFillable() || hasShadowFillable()) return ask("fields");
			observer.observe(document, {
				childList: true,
				subtree: true
			});
		});
		return stop;
	}
	function isField(target) {
		return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target instanceof HTMLElement && target.isContentEditable;
	}
	// utils/wake.ts
	/** @module The one message the sentinel sends: "this frame needs the engine". It travels as a
	* plain runtime message, not through `@webext-core/messaging`, so that the script every page
	* loads carries no messaging library and no polyfill (README, "Page-load cost"). The background
	* checks the shape and the sender; nothing in it is trusted beyond "inject into my frame". */
	var WAKE = "heedful:wake";
	// entrypoints/sentinel.ts
	/** Runs in every page and frame, and so stays tiny: it only notices when there is something to
	* do (a form, a field, a person typing) and then asks the background to inject the engine
	* (`entrypoints/engine`) into this frame. See README, "Page-load cost".
	*
	* It is built as an unlisted script and declared as the content script by `wxt.config.ts`:
	* WXT's content-script entry would bring its context class, the browser polyfill and a
	* messaging library into every page, none of which the sentinel needs. */
	var sentinel_default = defineUnlistedScript(() => {
		watchForNeed({
			wake(reason) {
				const message = {
					type: WAKE,
					reason
				};
				runtime()?.sendMessage(message)?.catch(() => void 0);
			},
			alive: () => runtime()?.id !== void 0,
			idle(run) {
				if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 2e3 });
				else setTimeout(run, 200);
			}
		});
	});
	/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
	function runtime() {
		const scope = globalThis;
		return (scope.browser ?? scope.chrome)?.runtime;
	}
	// \0virtual:wxt-unlisted-script-entrypoint?/work/main/entrypoints/sentinel.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	return (() => {
		let result;
		try {
			result = sentinel_default.main();
			if (result instanceof Promise) result = result.catch((err) => {
				logger.error(`The unlisted script "sentinel" crashed on startup!`, err);
				throw err;
			});
		} catch (err) {
			logger.error(`The unlisted script "sentinel" crashed on startup!`, err);
			throw err;
		}
		return result;
	})();
})();

sentinel;