import { D as __commonJSMin, E as import_browser_polyfill, S as h, f as DEFAULT_RANGE_API_URL, n as CHECK_IDS, p as normalizeRangeApiUrl, r as DEFAULT_CHECKS, x as d } from "./checks-Bp57AzPe.js";
// node_modules/@wxt-dev/browser/src/index.mjs
var browser$1 = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
// node_modules/superlock/src/create.js
var require_create = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Node = class {
		constructor(data) {
			this.data = data;
		}
	};
	var LinkedList = class {
		constructor() {
			this.length = 0;
		}
		enqueue(data) {
			const node = new Node(data);
			node.prev = this.tail;
			if (this.tail) this.tail.next = node;
			else this.head = node;
			this.tail = node;
			this.length++;
			return node;
		}
		dequeue() {
			if (!this.head) return;
			const { data } = this.head;
			this.remove(this.head);
			return data;
		}
		remove(node) {
			if (node.prev) node.prev.next = node.next;
			else this.head = node.next;
			if (node.next) node.next.prev = node.prev;
			else this.tail = node.prev;
			this.length--;
		}
		size() {
			return this.length;
		}
	};
	module.exports = (slots = 1) => {
		const queue = new LinkedList();
		const release = () => {
			++slots;
			const waiter = queue.dequeue();
			if (waiter) return waiter.acquire();
		};
		const acquire = (resolve) => {
			--slots;
			resolve(release);
		};
		const lock = (signal) => new Promise((resolve) => {
			if (signal != null && typeof signal.addEventListener !== "function") throw new TypeError("`signal` needs to be an AbortSignal.");
			if (signal?.aborted) return resolve(null);
			if (!lock.isLocked()) return acquire(resolve);
			const waiter = { acquire: () => acquire(resolve) };
			const node = queue.enqueue(waiter);
			if (signal != null) {
				const onAbort = () => {
					queue.remove(node);
					resolve(null);
				};
				waiter.acquire = () => {
					signal.removeEventListener("abort", onAbort);
					acquire(resolve);
				};
				signal.addEventListener("abort", onAbort, { once: true });
			}
		});
		lock.isLocked = () => slots === 0;
		lock.awaiting = () => queue.size();
		return lock;
	};
}));
// node_modules/@wxt-dev/storage/dist/index.mjs
var import_src = (/* @__PURE__ */ __commonJSMin(((exports, module) => {
	var createLock = require_create();
	var withLock = (opts) => {
		const lock = createLock(opts);
		const withLock = async (fn, signal) => {
			const release = await lock(signal);
			if (!release) return;
			try {
				return await fn();
			} finally {
				release();
			}
		};
		withLock.isLocked = lock.isLocked;
		withLock.awaiting = lock.awaiting;
		return withLock;
	};
	module.exports = {
		withLock,
		createLock
	};
})))();
var has = Object.prototype.hasOwnProperty;
function dequal(foo, bar) {
	var ctor, len;
	if (foo === bar) return true;
	if (foo && bar && (ctor = foo.constructor) === bar.constructor) {
		if (ctor === Date) return foo.getTime() === bar.getTime();
		if (ctor === RegExp) return foo.toString() === bar.toString();
		if (ctor === Array) {
			if ((len = foo.length) === bar.length) while (len-- && dequal(foo[len], bar[len]));
			return len === -1;
		}
		if (!ctor || typeof foo === "object") {
			len = 0;
			for (ctor in foo) {
				if (has.call(foo, ctor) && ++len && !has.call(bar, ctor)) return false;
				if (!(ctor in bar) || !dequal(foo[ctor], bar[ctor])) return false;
			}
			return Object.keys(bar).length === len;
		}
	}
	return foo !== foo && bar !== bar;
}
/**
* Simplified storage APIs with support for versioned fields, snapshots,
* metadata, and item definitions.
*
* See [the guide](https://wxt.dev/storage.html) for more information.
*
* @module @wxt-dev/storage
*/
var storage = createStorage();
function createStorage() {
	const drivers = {
		local: createDriver("local"),
		session: createDriver("session"),
		sync: createDriver("sync"),
		managed: createDriver("managed")
	};
	const getDriver = (area) => {
		const driver = drivers[area];
		if (driver == null) {
			const areaNames = Object.keys(drivers).join(", ");
			throw Error(`Invalid area "${area}". Options: ${areaNames}`);
		}
		return driver;
	};
	const resolveKey = (key) => {
		const deliminatorIndex = key.indexOf(":");
		const driverArea = key.substring(0, deliminatorIndex);
		const driverKey = key.substring(deliminatorIndex + 1);
		if (driverKey == null) throw Error(`Storage key should be in the form of "area:key", but received "${key}"`);
		return {
			driverArea,
			driverKey,
			driver: getDriver(driverArea)
		};
	};
	const getMetaKey = (key) => key + "$";
	const mergeMeta = (oldMeta, newMeta) => {
		const newFields = { ...oldMeta };
		Object.entries(newMeta).forEach(([key, value]) => {
			if (value == null) delete newFields[key];
			else newFields[key] = value;
		});
		return newFields;
	};
	const getValueOrFallback = (value, fallback) => value ?? fallback ?? null;
	const getMetaValue = (properties) => properties != null && typeof properties === "object" && !Array.isArray(properties) ? properties : {};
	const getItem = async (driver, driverKey, opts) => {
		return getValueOrFallback(await driver.getItem(driverKey), opts?.fallback ?? opts?.defaultValue);
	};
	const getMeta = async (driver, driverKey) => {
		const metaKey = getMetaKey(driverKey);
		return getMetaValue(await driver.getItem(metaKey));
	};
	const setItem = async (driver, driverKey, value) => {
		await driver.setItem(driverKey, value ?? null);
	};
	const setMeta = async (driver, driverKey, properties) => {
		const metaKey = getMetaKey(driverKey);
		const existingFields = getMetaValue(await driver.getItem(metaKey));
		await driver.setItem(metaKey, mergeMeta(existingFields, properties));
	};
	const removeItem = async (driver, driverKey, opts) => {
		await driver.removeItem(driverKey);
		if (opts?.removeMeta) {
			const metaKey = getMetaKey(driverKey);
			await driver.removeItem(metaKey);
		}
	};
	const removeMeta = async (driver, driverKey, properties) => {
		const metaKey = getMetaKey(driverKey);
		if (properties == null) await driver.removeItem(metaKey);
		else {
			const newFields = getMetaValue(await driver.getItem(metaKey));
			[properties].flat().forEach((field) => delete newFields[field]);
			await driver.setItem(metaKey, newFields);
		}
	};
	const watch = (driver, driverKey, cb) => driver.watch(driverKey, cb);
	const watchMeta = (driver, driverKey, cb) => watch(driver, getMetaKey(driverKey), (newValue, oldValue) => cb(getMetaValue(newValue), getMetaValue(oldValue)));
	return {
		getItem: async (key, opts) => {
			const { driver, driverKey } = resolveKey(key);
			return await getItem(driver, driverKey, opts);
		},
		getItems: async (keys) => {
			const areaToKeyMap = /* @__PURE__ */ new Map();
			const keyToOptsMap = /* @__PURE__ */ new Map();
			const orderedKeys = [];
			keys.forEach((key) => {
				let keyStr;
				let opts;
				if (typeof key === "string") keyStr = key;
				else if ("getValue" in key) {
					keyStr = key.key;
					opts = { fallback: key.fallback };
				} else {
					keyStr = key.key;
					opts = key.options;
				}
				orderedKeys.push(keyStr);
				const { driverArea, driverKey } = resolveKey(keyStr);
				const areaKeys = areaToKeyMap.get(driverArea) ?? [];
				areaToKeyMap.set(driverArea, areaKeys.concat(driverKey));
				keyToOptsMap.set(keyStr, opts);
			});
			const resultsMap = /* @__PURE__ */ new Map();
			await Promise.all(Array.from(areaToKeyMap.entries()).map(async ([driverArea, keys]) => {
				(await drivers[driverArea].getItems(keys)).forEach((driverResult) => {
					const key = `${driverArea}:${driverResult.key}`;
					const opts = keyToOptsMap.get(key);
					const value = getValueOrFallback(driverResult.value, opts?.fallback ?? opts?.defaultValue);
					resultsMap.set(key, value);
				});
			}));
			return orderedKeys.map((key) => ({
				key,
				value: resultsMap.get(key)
			}));
		},
		getMeta: async (key) => {
			const { driver, driverKey } = resolveKey(key);
			return await getMeta(driver, driverKey);
		},
		getMetas: async (args) => {
			const keys = args.map((arg) => {
				const key = typeof arg === "string" ? arg : arg.key;
				const { driverArea, driverKey } = resolveKey(key);
				return {
					key,
					driverArea,
					driverKey,
					driverMetaKey: getMetaKey(driverKey)
				};
			});
			const areaToDriverMetaKeysMap = keys.reduce((map, key) => {
				map[key.driverArea] ??= [];
				map[key.driverArea].push(key);
				return map;
			}, {});
			const resultsMap = {};
			await Promise.all(Object.entries(areaToDriverMetaKeysMap).map(async ([area, keys]) => {
				const areaRes = await browser$1.storage[area].get(keys.map((key) => key.driverMetaKey));
				keys.forEach((key) => {
					resultsMap[key.key] = areaRes[key.driverMetaKey] ?? {};
				});
			}));
			return keys.map((key) => ({
				key: key.key,
				meta: resultsMap[key.key]
			}));
		},
		setItem: async (key, value) => {
			const { driver, driverKey } = resolveKey(key);
			await setItem(driver, driverKey, value);
		},
		setItems: async (items) => {
			const areaToKeyValueMap = {};
			items.forEach((item) => {
				const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
				areaToKeyValueMap[driverArea] ??= [];
				areaToKeyValueMap[driverArea].push({
					key: driverKey,
					value: item.value
				});
			});
			await Promise.all(Object.entries(areaToKeyValueMap).map(async ([driverArea, values]) => {
				await getDriver(driverArea).setItems(values);
			}));
		},
		setMeta: async (key, properties) => {
			const { driver, driverKey } = resolveKey(key);
			await setMeta(driver, driverKey, properties);
		},
		setMetas: async (items) => {
			const areaToMetaUpdatesMap = {};
			items.forEach((item) => {
				const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
				areaToMetaUpdatesMap[driverArea] ??= [];
				areaToMetaUpdatesMap[driverArea].push({
					key: driverKey,
					properties: item.meta
				});
			});
			await Promise.all(Object.entries(areaToMetaUpdatesMap).map(async ([storageArea, updates]) => {
				const driver = getDriver(storageArea);
				const metaKeys = updates.map(({ key }) => getMetaKey(key));
				const existingMetas = await driver.getItems(metaKeys);
				const existingMetaMap = Object.fromEntries(existingMetas.map(({ key, value }) => [key, getMetaValue(value)]));
				const metaUpdates = updates.map(({ key, properties }) => {
					const metaKey = getMetaKey(key);
					return {
						key: metaKey,
						value: mergeMeta(existingMetaMap[metaKey] ?? {}, properties)
					};
				});
				await driver.setItems(metaUpdates);
			}));
		},
		removeItem: async (key, opts) => {
			const { driver, driverKey } = resolveKey(key);
			await removeItem(driver, driverKey, opts);
		},
		removeItems: async (keys) => {
			const areaToKeysMap = {};
			keys.forEach((key) => {
				let keyStr;
				let opts;
				if (typeof key === "string") keyStr = key;
				else if ("getValue" in key) keyStr = key.key;
				else if ("item" in key) {
					keyStr = key.item.key;
					opts = key.options;
				} else {
					keyStr = key.key;
					opts = key.options;
				}
				const { driverArea, driverKey } = resolveKey(keyStr);
				areaToKeysMap[driverArea] ??= [];
				areaToKeysMap[driverArea].push(driverKey);
				if (opts?.removeMeta) areaToKeysMap[driverArea].push(getMetaKey(driverKey));
			});
			await Promise.all(Object.entries(areaToKeysMap).map(async ([driverArea, keys]) => {
				await getDriver(driverArea).removeItems(keys);
			}));
		},
		clear: async (base) => {
			await getDriver(base).clear();
		},
		removeMeta: async (key, properties) => {
			const { driver, driverKey } = resolveKey(key);
			await removeMeta(driver, driverKey, properties);
		},
		snapshot: async (base, opts) => {
			const data = await getDriver(base).snapshot();
			opts?.excludeKeys?.forEach((key) => {
				delete data[key];
				delete data[getMetaKey(key)];
			});
			return data;
		},
		restoreSnapshot: async (base, data) => {
			await getDriver(base).restoreSnapshot(data);
		},
		watch: (key, cb) => {
			const { driver, driverKey } = resolveKey(key);
			return watch(driver, driverKey, cb);
		},
		watchMeta: (key, cb) => {
			const { driver, driverKey } = resolveKey(key);
			return watchMeta(driver, driverKey, cb);
		},
		unwatch() {
			Object.values(drivers).forEach((driver) => {
				driver.unwatch();
			});
		},
		defineItem: (key, opts) => {
			const { driver, driverKey } = resolveKey(key);
			const { version: targetVersion = 1, migrations = {}, onMigrationComplete, debug = false } = opts ?? {};
			if (targetVersion < 1) throw Error("Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.");
			let needsVersionSet = false;
			const migrate = async () => {
				const driverMetaKey = getMetaKey(driverKey);
				const [{ value }, { value: meta }] = await driver.getItems([driverKey, driverMetaKey]);
				needsVersionSet = value == null && meta?.v == null && !!targetVersion;
				if (value == null) return;
				const currentVersion = meta?.v ?? 1;
				if (currentVersion > targetVersion) throw Error(`Version downgrade detected (v${currentVersion} -> v${targetVersion}) for "${key}"`);
				if (currentVersion === targetVersion) return;
				if (debug) console.debug(`[@wxt-dev/storage] Running storage migration for ${key}: v${currentVersion} -> v${targetVersion}`);
				const migrationsToRun = Array.from({ length: targetVersion - currentVersion }, (_, i) => currentVersion + i + 1);
				let migratedValue = value;
				for (const migrateToVersion of migrationsToRun) try {
					migratedValue = await migrations?.[migrateToVersion]?.(migratedValue) ?? migratedValue;
					if (debug) console.debug(`[@wxt-dev/storage] Storage migration processed for version: v${migrateToVersion}`);
				} catch (err) {
					throw new MigrationError(key, migrateToVersion, { cause: err });
				}
				await driver.setItems([{
					key: driverKey,
					value: migratedValue
				}, {
					key: driverMetaKey,
					value: {
						...meta,
						v: targetVersion
					}
				}]);
				if (debug) console.debug(`[@wxt-dev/storage] Storage migration completed for ${key} v${targetVersion}`, { migratedValue });
				onMigrationComplete?.(migratedValue, targetVersion);
			};
			const migrationsDone = opts?.migrations == null ? Promise.resolve() : migrate().catch((err) => {
				console.error(`[@wxt-dev/storage] Migration failed for ${key}`, err);
			});
			const initLock = (0, import_src.withLock)();
			const getFallback = () => opts?.fallback ?? opts?.defaultValue ?? null;
			const getOrInitValue = () => initLock(async () => {
				const value = await driver.getItem(driverKey);
				if (value != null || opts?.init == null) return value;
				const newValue = await opts.init();
				await driver.setItem(driverKey, newValue);
				if (value == null && targetVersion > 1) await setMeta(driver, driverKey, { v: targetVersion });
				return newValue;
			});
			migrationsDone.then(getOrInitValue);
			return {
				key,
				get defaultValue() {
					return getFallback();
				},
				get fallback() {
					return getFallback();
				},
				getValue: async () => {
					await migrationsDone;
					if (opts?.init) return await getOrInitValue();
					else return await getItem(driver, driverKey, opts);
				},
				getMeta: async () => {
					await migrationsDone;
					return await getMeta(driver, driverKey);
				},
				setValue: async (value) => {
					await migrationsDone;
					if (needsVersionSet) {
						needsVersionSet = false;
						await Promise.all([setItem(driver, driverKey, value), setMeta(driver, driverKey, { v: targetVersion })]);
					} else await setItem(driver, driverKey, value);
				},
				setMeta: async (properties) => {
					await migrationsDone;
					return await setMeta(driver, driverKey, properties);
				},
				removeValue: async (opts) => {
					await migrationsDone;
					return await removeItem(driver, driverKey, opts);
				},
				removeMeta: async (properties) => {
					await migrationsDone;
					return await removeMeta(driver, driverKey, properties);
				},
				watch: (cb) => watch(driver, driverKey, (newValue, oldValue) => cb(newValue ?? getFallback(), oldValue ?? getFallback())),
				watchMeta: (cb) => watchMeta(driver, driverKey, cb),
				migrate
			};
		}
	};
}
function createDriver(storageArea) {
	const getStorageArea = () => {
		if (browser$1.runtime == null) throw Error(`'wxt/storage' must be loaded in a web extension environment

 - If thrown during a build, see https://github.com/wxt-dev/wxt/issues/371
 - If thrown during tests, mock 'wxt/browser' correctly. See https://wxt.dev/guide/go-further/testing.html
`);
		if (browser$1.storage == null) throw Error("You must add the 'storage' permission to your manifest to use 'wxt/storage'");
		const area = browser$1.storage[storageArea];
		if (area == null) throw Error(`"browser.storage.${storageArea}" is undefined`);
		return area;
	};
	const watchListeners = /* @__PURE__ */ new Set();
	return {
		getItem: async (key) => {
			return (await getStorageArea().get(key))[key];
		},
		getItems: async (keys) => {
			const result = await getStorageArea().get(keys);
			return keys.map((key) => ({
				key,
				value: result[key] ?? null
			}));
		},
		setItem: async (key, value) => {
			if (value == null) await getStorageArea().remove(key);
			else await getStorageArea().set({ [key]: value });
		},
		setItems: async (values) => {
			const map = values.reduce((map, { key, value }) => {
				map[key] = value;
				return map;
			}, {});
			await getStorageArea().set(map);
		},
		removeItem: async (key) => {
			await getStorageArea().remove(key);
		},
		removeItems: async (keys) => {
			await getStorageArea().remove(keys);
		},
		clear: async () => {
			await getStorageArea().clear();
		},
		snapshot: async () => {
			return await getStorageArea().get();
		},
		restoreSnapshot: async (data) => {
			await getStorageArea().set(data);
		},
		watch(key, cb) {
			const listener = (changes) => {
				const change = changes[key];
				if (change == null || dequal(change.newValue, change.oldValue)) return;
				cb(change.newValue ?? null, change.oldValue ?? null);
			};
			getStorageArea().onChanged.addListener(listener);
			watchListeners.add(listener);
			return () => {
				getStorageArea().onChanged.removeListener(listener);
				watchListeners.delete(listener);
			};
		},
		unwatch() {
			watchListeners.forEach((listener) => {
				getStorageArea().onChanged.removeListener(listener);
			});
			watchListeners.clear();
		}
	};
}
var MigrationError = class extends Error {
	constructor(key, version, options) {
		super(`v${version} migration failed for "${key}"`, options);
		this.key = key;
		this.version = version;
	}
};
// utils/settings-model.ts
/** @module The settings model: defaults, validation of anything read back (storage can hold
* anything), and how organisation policy overrides it. Pure: the content script and the CLI
* import this without pulling in storage. */
var DEFAULT_SETTINGS = Object.freeze({
	checks: DEFAULT_CHECKS,
	rangeApiUrl: DEFAULT_RANGE_API_URL,
	pausedSites: Object.freeze([])
});
var HOSTNAME = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/;
/** A hostname as people type it into "paused sites": lowercase, no scheme, path or port. */
function normalizeSite(value) {
	const trimmed = value.trim().toLowerCase();
	if (!trimmed || trimmed.length > 253) return null;
	try {
		const host = new URL(trimmed.includes("://") ? trimmed : `http://${trimmed}`).hostname;
		return HOSTNAME.test(host) ? host : null;
	} catch {
		return null;
	}
}
/** Keeps every valid part of whatever was stored and defaults the rest, so one corrupted key
* never costs the user their other choices. */
function normalizeSettings(raw) {
	const input = isRecord(raw) ? raw : {};
	const checks = isRecord(input.checks) ? input.checks : {};
	const sites = Array.isArray(input.pausedSites) ? input.pausedSites : [];
	return {
		checks: Object.fromEntries(CHECK_IDS.map((id) => [id, typeof checks[id] === "boolean" ? checks[id] : DEFAULT_SETTINGS.checks[id]])),
		rangeApiUrl: normalizeRangeApiUrl(input.rangeApiUrl) ?? "https://api.pwnedpasswords.com/range/",
		pausedSites: normalizeSites(sites)
	};
}
/** Valid, distinct hostnames, at most `MAX_PAUSED_SITES`; stops reading once it has them, so a
* corrupted list of a million entries costs no more than a good one. */
function normalizeSites(values) {
	const sites = /* @__PURE__ */ new Set();
	for (const value of values) {
		if (sites.size >= MAX_PAUSED_SITES) break;
		const site = typeof value === "string" ? normalizeSite(value) : null;
		if (site) sites.add(site);
	}
	return [...sites];
}
var MAX_PAUSED_SITES = 1e3;
function normalizePolicy(raw) {
	const input = isRecord(raw) ? raw : {};
	const checks = isRecord(input.checks) ? input.checks : {};
	const policy = { checks: {} };
	for (const id of CHECK_IDS) if (typeof checks[id] === "boolean") policy.checks[id] = checks[id];
	const rangeApiUrl = normalizeRangeApiUrl(input.rangeApiUrl);
	if (rangeApiUrl !== null) policy.rangeApiUrl = rangeApiUrl;
	if (Array.isArray(input.pausedSites)) policy.pausedSites = normalizeSettings(input).pausedSites;
	return policy;
}
function isPaused(settings, hostname) {
	const host = hostname.toLowerCase();
	return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
// utils/settings.ts
/** @module One place for settings: the stored item (`local:settings`) and organisation policy
* from `storage.managed`, over the pure model in `settings-model.ts`. */
var settingsItem = storage.defineItem("local:settings", {
	fallback: DEFAULT_SETTINGS,
	version: 1
});
/** What the user chose, repaired. */
async function loadUserSettings() {
	return normalizeSettings(await settingsItem.getValue());
}
/** `storage.managed` throws in Firefox when no policy manifest exists: that means no policy. */
async function loadPolicy() {
	try {
		return normalizePolicy(await import_browser_polyfill.default.storage.managed.get());
	} catch {
		return { checks: {} };
	}
}
async function saveSettings(next) {
	await settingsItem.setValue(normalizeSettings(next));
}
// components/shared/useStoredValue.ts
/** @module A hook over a WXT storage item: the current value, repaired, kept fresh when another
* page (popup, options, background) writes it. */
function useStoredValue(item, normalize) {
	const [value, setValue] = d(null);
	h(() => {
		let live = true;
		item.getValue().then((raw) => live && setValue(normalize(raw)));
		const unwatch = item.watch((raw) => setValue(normalize(raw)));
		return () => {
			live = false;
			unwatch();
		};
	}, [item, normalize]);
	return value;
}
// components/shared/settings-edit.ts
/** @module Edits to the user's settings from the popup and the options page. Always read, repair,
* change, save: the stored value may be stale or damaged, and other pages watch it. */
async function editSettings(change) {
	const next = change(await loadUserSettings());
	await saveSettings(next);
	return next;
}
/** Pausing adds the site; resuming removes every entry that covers it (the site or a parent
* domain), since `isPaused` matches subdomains and the reader asked for this site to run again. */
function withSitePaused(settings, site, paused) {
	const host = normalizeSite(site);
	if (!host) return settings;
	const covers = (entry) => host === entry || host.endsWith(`.${entry}`);
	const pausedSites = paused ? [.../* @__PURE__ */ new Set([...settings.pausedSites, host])] : settings.pausedSites.filter((entry) => !covers(entry));
	return {
		...settings,
		pausedSites
	};
}
/** The hostname of a page Heedful can run on, or null (browser pages, files, missing URLs). */
function siteOfUrl(url) {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
		return normalizeSite(parsed.hostname);
	} catch {
		return null;
	}
}
export { loadPolicy as a, isPaused as c, storage as d, useStoredValue as i, normalizeSettings as l, siteOfUrl as n, settingsItem as o, withSitePaused as r, DEFAULT_SETTINGS as s, editSettings as t, normalizeSite as u };
