import "./checks-Bp57AzPe.js";
// node_modules/@aklinker1/zero-serialize-error/dist/index.mjs
var e = `string`;
var t = `object`;
function n(n) {
	return n != null && typeof n === t && typeof n.name === e && typeof n.message === e && typeof n.stack === e;
}
function r(e) {
	if (typeof e !== t || e == null) return e;
	if (e instanceof Error) return {
		name: e.name,
		message: e.message,
		stack: e.stack ?? ``,
		...e.cause ? { cause: r(e.cause) } : {},
		...r({ ...e })
	};
	if (Array.isArray(e)) {
		let t = [];
		for (let n of e) t.push(r(n));
		return t;
	}
	let n = Object.create(null);
	for (let [t, i] of Object.entries(e)) n[t] = r(i);
	return n;
}
function i(e) {
	if (n(e)) {
		let t = Error(e.message, e.cause ? { cause: i(e.cause) } : void 0);
		t.name = e.name, t.stack = e.stack;
		for (let [n, r] of Object.entries(e)) n !== `name` && n !== `message` && n !== `stack` && n !== `cause` && (t[n] = r);
		return t;
	}
	if (e == null || typeof e !== t) return e;
	if (Array.isArray(e)) {
		let t = [];
		for (let n of e) t.push(i(n));
		return t;
	}
	let r = Object.create(null);
	for (let [t, n] of Object.entries(e)) r[t] = i(n);
	return r;
}
// node_modules/@webext-core/messaging/dist/generic-67DrFc4U.mjs
function defineGenericMessanging(config) {
	let removeRootListener;
	let perTypeListeners = {};
	function cleanupRootListener() {
		if (Object.entries(perTypeListeners).length === 0) {
			removeRootListener?.();
			removeRootListener = void 0;
		}
	}
	let idSeq = Math.floor(Math.random() * 1e4);
	function getNextId() {
		return idSeq++;
	}
	return {
		async sendMessage(type, data, ...args) {
			const _message = {
				id: getNextId(),
				type,
				data,
				timestamp: Date.now()
			};
			const message = await config.verifyMessageData?.(_message) ?? _message;
			config.logger?.debug(`[messaging] sendMessage {id=${message.id}} ─ᐅ`, message, ...args);
			const { res, err } = await config.sendMessage(message, ...args) ?? { err: /* @__PURE__ */ new Error("No response") };
			config.logger?.debug(`[messaging] sendMessage {id=${message.id}} ᐊ─`, {
				res,
				err
			});
			if (err != null) throw i(err);
			return res;
		},
		onMessage(type, onReceived) {
			if (removeRootListener == null) {
				config.logger?.debug(`[messaging] "${type}" initialized the message listener for this context`);
				removeRootListener = config.addRootListener((message) => {
					if (typeof message.type != "string" || typeof message.timestamp !== "number") if (config.throwOnUnknownMessageFormat) {
						const err = Error(`[messaging] Unknown message format, must include the 'type' & 'timestamp' fields, received: ${JSON.stringify(message)}`);
						config.logger?.error(err);
						throw err;
					} else return;
					config?.logger?.debug("[messaging] Received message", message);
					const listener = perTypeListeners[message.type];
					if (listener == null) return;
					return (async () => {
						try {
							const raw = await listener(message);
							const res = config.verifyMessageData?.(raw) ?? raw;
							config?.logger?.debug(`[messaging] onMessage {id=${message.id}} ─ᐅ`, { res });
							return { res };
						} catch (err) {
							config?.logger?.debug(`[messaging] onMessage {id=${message.id}} ─ᐅ`, { err });
							return { err: r(err) };
						}
					})();
				});
			}
			if (perTypeListeners[type] != null) {
				const err = Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
				config.logger?.error(err);
				throw err;
			}
			perTypeListeners[type] = onReceived;
			config.logger?.log(`[messaging] Added listener for ${type}`);
			return () => {
				delete perTypeListeners[type];
				cleanupRootListener();
			};
		},
		removeAllListeners() {
			Object.keys(perTypeListeners).forEach((type) => {
				delete perTypeListeners[type];
			});
			cleanupRootListener();
		}
	};
}
// node_modules/@webext-core/messaging/dist/index.mjs
/**
* Returns an `ExtensionMessenger` that is backed by the `browser.runtime.sendMessage` and
* `browser.tabs.sendMessage` APIs.
*
* It can be used to send messages to and from the background page/service worker.
*/
function defineExtensionMessaging(config) {
	return defineGenericMessanging({
		...config,
		sendMessage(message, arg) {
			if (arg == null) return new Promise((resolve, reject) => chrome.runtime.sendMessage(message, (response) => {
				if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
				else resolve(response);
			}));
			const options = typeof arg === "number" ? { tabId: arg } : arg;
			return new Promise((res) => chrome.tabs.sendMessage(options.tabId, message, options.frameId != null ? { frameId: options.frameId } : void 0, res));
		},
		addRootListener(processMessage) {
			const listener = (message, sender, sendResponse) => {
				const res = processMessage(typeof message === "object" ? {
					...message,
					sender
				} : message);
				if (res instanceof Promise) {
					res.then(sendResponse);
					return true;
				}
				return false;
			};
			chrome.runtime.onMessage.addListener(listener);
			return () => chrome.runtime.onMessage.removeListener(listener);
		}
	});
}
// utils/messaging.ts
/** @module The one typed protocol between content scripts, extension pages and the background.
* Web pages cannot reach it: `runtime.sendMessage` is not exposed to them (no
* `externally_connectable`), and the background still checks every sender (`utils/sender.ts`). */
var { sendMessage, onMessage } = defineExtensionMessaging();
// components/notices/method-words.ts
/** Message keys cannot contain hyphens. */
var methodKey = (method) => `mfaMethod_${method.replace(/-/g, "_")}`;
function methodWords(methods, t) {
	const words = methods.map((m) => t(methodKey(m)));
	if (words.length <= 1) return words.join("");
	return t("mfaMethodList", [words.slice(0, -1).join(", "), words.at(-1)]);
}
// utils/checks/password-reuse/match.ts
/** Sites (not `current`, not the same service) holding the same tag, most recent first. */
function sitesSharing(sites, current, tag, sameService) {
	return Object.entries(sites).filter(([domain, s]) => s.tag === tag.tag && s.length === tag.length && domain !== current && !sameService(domain, current)).sort(([, a], [, b]) => b.lastSeen - a.lastSeen).map(([domain]) => domain);
}
/** Groups of sites that share a password (by tag), for the popup; never the password. */
function sharedGroups(sites, sameService) {
	const byTag = /* @__PURE__ */ new Map();
	for (const [domain, s] of Object.entries(sites)) {
		const key = `${s.tag}:${s.length}`;
		byTag.set(key, [...byTag.get(key) ?? [], domain]);
	}
	return [...byTag.values()].filter((group) => group.some((a) => group.some((b) => a !== b && !sameService(a, b)))).map((group) => group.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}
// utils/checks/password-reuse/store.ts
/** More sites than anyone signs in to; the least recently used are forgotten first. */
var MAX_SITES = 1e3;
var DAY = 864e5;
function normalizeSiteTags(raw) {
	const out = {};
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return out;
	for (const [domain, value] of Object.entries(raw).slice(0, MAX_SITES)) {
		const v = value;
		if (v && Number.isInteger(v.tag) && v.tag >= 0 && v.tag < 2 ** 24 && Number.isInteger(v.length) && v.length > 0 && typeof v.lastSeen === "number") out[domain] = {
			tag: v.tag,
			length: v.length,
			lastSeen: v.lastSeen
		};
	}
	return out;
}
function withSite(sites, domain, tag, now) {
	const next = {
		...sites,
		[domain]: {
			...tag,
			lastSeen: Math.floor(now / DAY) * DAY
		}
	};
	const domains = Object.keys(next);
	if (domains.length <= 1e3) return next;
	domains.sort((a, b) => next[a].lastSeen - next[b].lastSeen);
	for (const old of domains.slice(0, domains.length - MAX_SITES)) if (old !== domain) delete next[old];
	return next;
}
export { methodWords as a, sitesSharing as i, withSite as n, sendMessage as o, sharedGroups as r, normalizeSiteTags as t };
