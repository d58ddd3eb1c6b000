var engine = (function() {
	// \0rolldown/runtime.js
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	// node_modules/wxt/dist/utils/define-unlisted-script.mjs
	function defineUnlistedScript(arg) {
		if (arg == null || typeof arg === "function") return { main: arg };
		return arg;
	}
	// node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs
	var import_browser_polyfill = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
		(function(global, factory) {
			if (typeof define === "function" && define.amd) define("webextension-polyfill", ["module"], factory);
			else if (typeof exports !== "undefined") factory(module);
			else {
				var mod = { exports: {} };
				factory(mod);
				global.browser = mod.exports;
			}
		})(typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : this$1, function(module) {
			"use strict";
			if (!(globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.id)) throw new Error("This script should only be loaded in a browser extension.");
			if (!(globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id)) {
				const CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE = "The message port closed before a response was received.";
				const wrapAPIs = (extensionAPIs) => {
					const apiMetadata = {
						"alarms": {
							"clear": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"clearAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"get": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"bookmarks": {
							"create": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getChildren": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getRecent": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getSubTree": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getTree": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"move": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeTree": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"search": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						},
						"browserAction": {
							"disable": {
								"minArgs": 0,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"enable": {
								"minArgs": 0,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"getBadgeBackgroundColor": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getBadgeText": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getPopup": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getTitle": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"openPopup": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"setBadgeBackgroundColor": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setBadgeText": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setIcon": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"setPopup": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setTitle": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							}
						},
						"browsingData": {
							"remove": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"removeCache": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeCookies": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeDownloads": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeFormData": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeHistory": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeLocalStorage": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removePasswords": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removePluginData": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"settings": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"commands": { "getAll": {
							"minArgs": 0,
							"maxArgs": 0
						} },
						"contextMenus": {
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						},
						"cookies": {
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAllCookieStores": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"set": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"devtools": {
							"inspectedWindow": { "eval": {
								"minArgs": 1,
								"maxArgs": 2,
								"singleCallbackArg": false
							} },
							"panels": {
								"create": {
									"minArgs": 3,
									"maxArgs": 3,
									"singleCallbackArg": true
								},
								"elements": { "createSidebarPane": {
									"minArgs": 1,
									"maxArgs": 1
								} }
							}
						},
						"downloads": {
							"cancel": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"download": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"erase": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getFileIcon": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"open": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"pause": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeFile": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"resume": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"search": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"show": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							}
						},
						"extension": {
							"isAllowedFileSchemeAccess": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"isAllowedIncognitoAccess": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"history": {
							"addUrl": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"deleteAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"deleteRange": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"deleteUrl": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getVisits": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"search": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"i18n": {
							"detectLanguage": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAcceptLanguages": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"identity": { "launchWebAuthFlow": {
							"minArgs": 1,
							"maxArgs": 1
						} },
						"idle": { "queryState": {
							"minArgs": 1,
							"maxArgs": 1
						} },
						"management": {
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getSelf": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"setEnabled": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"uninstallSelf": {
								"minArgs": 0,
								"maxArgs": 1
							}
						},
						"notifications": {
							"clear": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"create": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getPermissionLevel": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						},
						"pageAction": {
							"getPopup": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getTitle": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"hide": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setIcon": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"setPopup": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setTitle": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"show": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							}
						},
						"permissions": {
							"contains": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"request": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"runtime": {
							"getBackgroundPage": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getPlatformInfo": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"openOptionsPage": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"requestUpdateCheck": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"sendMessage": {
								"minArgs": 1,
								"maxArgs": 3
							},
							"sendNativeMessage": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"setUninstallURL": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"sessions": {
							"getDevices": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getRecentlyClosed": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"restore": {
								"minArgs": 0,
								"maxArgs": 1
							}
						},
						"storage": {
							"local": {
								"clear": {
									"minArgs": 0,
									"maxArgs": 0
								},
								"get": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"getBytesInUse": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"remove": {
									"minArgs": 1,
									"maxArgs": 1
								},
								"set": {
									"minArgs": 1,
									"maxArgs": 1
								}
							},
							"managed": {
								"get": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"getBytesInUse": {
									"minArgs": 0,
									"maxArgs": 1
								}
							},
							"sync": {
								"clear": {
									"minArgs": 0,
									"maxArgs": 0
								},
								"get": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"getBytesInUse": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"remove": {
									"minArgs": 1,
									"maxArgs": 1
								},
								"set": {
									"minArgs": 1,
									"maxArgs": 1
								}
							}
						},
						"tabs": {
							"captureVisibleTab": {
								"minArgs": 0,
								"maxArgs": 2
							},
							"create": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"detectLanguage": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"discard": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"duplicate": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"executeScript": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getCurrent": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getZoom": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getZoomSettings": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"goBack": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"goForward": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"highlight": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"insertCSS": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"move": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"query": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"reload": {
								"minArgs": 0,
								"maxArgs": 2
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeCSS": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"sendMessage": {
								"minArgs": 2,
								"maxArgs": 3
							},
							"setZoom": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"setZoomSettings": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"update": {
								"minArgs": 1,
								"maxArgs": 2
							}
						},
						"topSites": { "get": {
							"minArgs": 0,
							"maxArgs": 0
						} },
						"webNavigation": {
							"getAllFrames": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getFrame": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"webRequest": { "handlerBehaviorChanged": {
							"minArgs": 0,
							"maxArgs": 0
						} },
						"windows": {
							"create": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"get": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getCurrent": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getLastFocused": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						}
					};
					if (Object.keys(apiMetadata).length === 0) throw new Error("api-metadata.json has not been included in browser-polyfill");
					/**
					* A WeakMap subclass which creates and stores a value for any key which does
					* not exist when accessed, but behaves exactly as an ordinary WeakMap
					* otherwise.
					*
					* @param {function} createItem
					*        A function which will be called in order to create the value for any
					*        key which does not exist, the first time it is accessed. The
					*        function receives, as its only argument, the key being created.
					*/
					class DefaultWeakMap extends WeakMap {
						constructor(createItem, items = void 0) {
							super(items);
							this.createItem = createItem;
						}
						get(key) {
							if (!this.has(key)) this.set(key, this.createItem(key));
							return super.get(key);
						}
					}
					/**
					* Returns true if the given object is an object with a `then` method, and can
					* therefore be assumed to behave as a Promise.
					*
					* @param {*} value The value to test.
					* @returns {boolean} True if the value is thenable.
					*/
					const isThenable = (value) => {
						return value && typeof value === "object" && typeof value.then === "function";
					};
					/**
					* Creates and returns a function which, when called, will resolve or reject
					* the given promise based on how it is called:
					*
					* - If, when called, `chrome.runtime.lastError` contains a non-null object,
					*   the promise is rejected with that value.
					* - If the function is called with exactly one argument, the promise is
					*   resolved to that value.
					* - Otherwise, the promise is resolved to an array containing all of the
					*   function's arguments.
					*
					* @param {object} promise
					*        An object containing the resolution and rejection functions of a
					*        promise.
					* @param {function} promise.resolve
					*        The promise's resolution function.
					* @param {function} promise.reject
					*        The promise's rejection function.
					* @param {object} metadata
					*        Metadata about the wrapped method which has created the callback.
					* @param {boolean} metadata.singleCallbackArg
					*        Whether or not the promise is resolved with only the first
					*        argument of the callback, alternatively an array of all the
					*        callback arguments is resolved. By default, if the callback
					*        function is invoked with only a single argument, that will be
					*        resolved to the promise, while all arguments will be resolved as
					*        an array if multiple are given.
					*
					* @returns {function}
					*        The generated callback function.
					*/
					const makeCallback = (promise, metadata) => {
						return (...callbackArgs) => {
							if (extensionAPIs.runtime.lastError) promise.reject(new Error(extensionAPIs.runtime.lastError.message));
							else if (metadata.singleCallbackArg || callbackArgs.length <= 1 && metadata.singleCallbackArg !== false) promise.resolve(callbackArgs[0]);
							else promise.resolve(callbackArgs);
						};
					};
					const pluralizeArguments = (numArgs) => numArgs == 1 ? "argument" : "arguments";
					/**
					* Creates a wrapper function for a method with the given name and metadata.
					*
					* @param {string} name
					*        The name of the method which is being wrapped.
					* @param {object} metadata
					*        Metadata about the method being wrapped.
					* @param {integer} metadata.minArgs
					*        The minimum number of arguments which must be passed to the
					*        function. If called with fewer than this number of arguments, the
					*        wrapper will raise an exception.
					* @param {integer} metadata.maxArgs
					*        The maximum number of arguments which may be passed to the
					*        function. If called with more than this number of arguments, the
					*        wrapper will raise an exception.
					* @param {boolean} metadata.singleCallbackArg
					*        Whether or not the promise is resolved with only the first
					*        argument of the callback, alternatively an array of all the
					*        callback arguments is resolved. By default, if the callback
					*        function is invoked with only a single argument, that will be
					*        resolved to the promise, while all arguments will be resolved as
					*        an array if multiple are given.
					*
					* @returns {function(object, ...*)}
					*       The generated wrapper function.
					*/
					const wrapAsyncFunction = (name, metadata) => {
						return function asyncFunctionWrapper(target, ...args) {
							if (args.length < metadata.minArgs) throw new Error(`Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`);
							if (args.length > metadata.maxArgs) throw new Error(`Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`);
							return new Promise((resolve, reject) => {
								if (metadata.fallbackToNoCallback) try {
									target[name](...args, makeCallback({
										resolve,
										reject
									}, metadata));
								} catch (cbError) {
									console.warn(`${name} API method doesn't seem to support the callback parameter, falling back to call it without a callback: `, cbError);
									target[name](...args);
									metadata.fallbackToNoCallback = false;
									metadata.noCallback = true;
									resolve();
								}
								else if (metadata.noCallback) {
									target[name](...args);
									resolve();
								} else target[name](...args, makeCallback({
									resolve,
									reject
								}, metadata));
							});
						};
					};
					/**
					* Wraps an existing method of the target object, so that calls to it are
					* intercepted by the given wrapper function. The wrapper function receives,
					* as its first argument, the original `target` object, followed by each of
					* the arguments passed to the original method.
					*
					* @param {object} target
					*        The original target object that the wrapped method belongs to.
					* @param {function} method
					*        The method being wrapped. This is used as the target of the Proxy
					*        object which is created to wrap the method.
					* @param {function} wrapper
					*        The wrapper function which is called in place of a direct invocation
					*        of the wrapped method.
					*
					* @returns {Proxy<function>}
					*        A Proxy object for the given method, which invokes the given wrapper
					*        method in its place.
					*/
					const wrapMethod = (target, method, wrapper) => {
						return new Proxy(method, { apply(targetMethod, thisObj, args) {
							return wrapper.call(thisObj, target, ...args);
						} });
					};
					let hasOwnProperty = Function.call.bind(Object.prototype.hasOwnProperty);
					/**
					* Wraps an object in a Proxy which intercepts and wraps certain methods
					* based on the given `wrappers` and `metadata` objects.
					*
					* @param {object} target
					*        The target object to wrap.
					*
					* @param {object} [wrappers = {}]
					*        An object tree containing wrapper functions for special cases. Any
					*        function present in this object tree is called in place of the
					*        method in the same location in the `target` object tree. These
					*        wrapper methods are invoked as described in {@see wrapMethod}.
					*
					* @param {object} [metadata = {}]
					*        An object tree containing metadata used to automatically generate
					*        Promise-based wrapper functions for asynchronous. Any function in
					*        the `target` object tree which has a corresponding metadata object
					*        in the same location in the `metadata` tree is replaced with an
					*        automatically-generated wrapper function, as described in
					*        {@see wrapAsyncFunction}
					*
					* @returns {Proxy<object>}
					*/
					const wrapObject = (target, wrappers = {}, metadata = {}) => {
						let cache = Object.create(null);
						let handlers = {
							has(proxyTarget, prop) {
								return prop in target || prop in cache;
							},
							get(proxyTarget, prop, receiver) {
								if (prop in cache) return cache[prop];
								if (!(prop in target)) return;
								let value = target[prop];
								if (typeof value === "function") {
									if (typeof wrappers[prop] === "function") value = wrapMethod(target, target[prop], wrappers[prop]);
									else if (hasOwnProperty(metadata, prop)) {
										let wrapper = wrapAsyncFunction(prop, metadata[prop]);
										value = wrapMethod(target, target[prop], wrapper);
									} else value = value.bind(target);
								} else if (typeof value === "object" && value !== null && (hasOwnProperty(wrappers, prop) || hasOwnProperty(metadata, prop))) value = wrapObject(value, wrappers[prop], metadata[prop]);
								else if (hasOwnProperty(metadata, "*")) value = wrapObject(value, wrappers[prop], metadata["*"]);
								else {
									Object.defineProperty(cache, prop, {
										configurable: true,
										enumerable: true,
										get() {
											return target[prop];
										},
										set(value) {
											target[prop] = value;
										}
									});
									return value;
								}
								cache[prop] = value;
								return value;
							},
							set(proxyTarget, prop, value, receiver) {
								if (prop in cache) cache[prop] = value;
								else target[prop] = value;
								return true;
							},
							defineProperty(proxyTarget, prop, desc) {
								return Reflect.defineProperty(cache, prop, desc);
							},
							deleteProperty(proxyTarget, prop) {
								return Reflect.deleteProperty(cache, prop);
							}
						};
						let proxyTarget = Object.create(target);
						return new Proxy(proxyTarget, handlers);
					};
					/**
					* Creates a set of wrapper functions for an event object, which handles
					* wrapping of listener functions that those messages are passed.
					*
					* A single wrapper is created for each listener function, and stored in a
					* map. Subsequent calls to `addListener`, `hasListener`, or `removeListener`
					* retrieve the original wrapper, so that  attempts to remove a
					* previously-added listener work as expected.
					*
					* @param {DefaultWeakMap<function, function>} wrapperMap
					*        A DefaultWeakMap object which will create the appropriate wrapper
					*        for a given listener function when one does not exist, and retrieve
					*        an existing one when it does.
					*
					* @returns {object}
					*/
					const wrapEvent = (wrapperMap) => ({
						addListener(target, listener, ...args) {
							target.addListener(wrapperMap.get(listener), ...args);
						},
						hasListener(target, listener) {
							return target.hasListener(wrapperMap.get(listener));
						},
						removeListener(target, listener) {
							target.removeListener(wrapperMap.get(listener));
						}
					});
					const onRequestFinishedWrappers = new DefaultWeakMap((listener) => {
						if (typeof listener !== "function") return listener;
						/**
						* Wraps an onRequestFinished listener function so that it will return a
						* `getContent()` property which returns a `Promise` rather than using a
						* callback API.
						*
						* @param {object} req
						*        The HAR entry object representing the network request.
						*/
						return function onRequestFinished(req) {
							listener(wrapObject(req, {}, { getContent: {
								minArgs: 0,
								maxArgs: 0
							} }));
						};
					});
					const onMessageWrappers = new DefaultWeakMap((listener) => {
						if (typeof listener !== "function") return listener;
						/**
						* Wraps a message listener function so that it may send responses based on
						* its return value, rather than by returning a sentinel value and calling a
						* callback. If the listener function returns a Promise, the response is
						* sent when the promise either resolves or rejects.
						*
						* @param {*} message
						*        The message sent by the other end of the channel.
						* @param {object} sender
						*        Details about the sender of the message.
						* @param {function(*)} sendResponse
						*        A callback which, when called with an arbitrary argument, sends
						*        that value as a response.
						* @returns {boolean}
						*        True if the wrapped listener returned a Promise, which will later
						*        yield a response. False otherwise.
						*/
						return function onMessage(message, sender, sendResponse) {
							let didCallSendResponse = false;
							let wrappedSendResponse;
							let sendResponsePromise = new Promise((resolve) => {
								wrappedSendResponse = function(response) {
									didCallSendResponse = true;
									resolve(response);
								};
							});
							let result;
							try {
								result = listener(message, sender, wrappedSendResponse);
							} catch (err) {
								result = Promise.reject(err);
							}
							const isResultThenable = result !== true && isThenable(result);
							if (result !== true && !isResultThenable && !didCallSendResponse) return false;
							const sendPromisedResult = (promise) => {
								promise.then((msg) => {
									sendResponse(msg);
								}, (error) => {
									let message;
									if (error && (error instanceof Error || typeof error.message === "string")) message = error.message;
									else message = "An unexpected error occurred";
									sendResponse({
										__mozWebExtensionPolyfillReject__: true,
										message
									});
								}).catch((err) => {
									console.error("Failed to send onMessage rejected reply", err);
								});
							};
							if (isResultThenable) sendPromisedResult(result);
							else sendPromisedResult(sendResponsePromise);
							return true;
						};
					});
					const wrappedSendMessageCallback = ({ reject, resolve }, reply) => {
						if (extensionAPIs.runtime.lastError) {
							if (extensionAPIs.runtime.lastError.message === CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE) resolve();
							else reject(new Error(extensionAPIs.runtime.lastError.message));
						} else if (reply && reply.__mozWebExtensionPolyfillReject__) reject(new Error(reply.message));
						else resolve(reply);
					};
					const wrappedSendMessage = (name, metadata, apiNamespaceObj, ...args) => {
						if (args.length < metadata.minArgs) throw new Error(`Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`);
						if (args.length > metadata.maxArgs) throw new Error(`Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`);
						return new Promise((resolve, reject) => {
							const wrappedCb = wrappedSendMessageCallback.bind(null, {
								resolve,
								reject
							});
							args.push(wrappedCb);
							apiNamespaceObj.sendMessage(...args);
						});
					};
					const staticWrappers = {
						devtools: { network: { onRequestFinished: wrapEvent(onRequestFinishedWrappers) } },
						runtime: {
							onMessage: wrapEvent(onMessageWrappers),
							onMessageExternal: wrapEvent(onMessageWrappers),
							sendMessage: wrappedSendMessage.bind(null, "sendMessage", {
								minArgs: 1,
								maxArgs: 3
							})
						},
						tabs: { sendMessage: wrappedSendMessage.bind(null, "sendMessage", {
							minArgs: 2,
							maxArgs: 3
						}) }
					};
					const settingMetadata = {
						clear: {
							minArgs: 1,
							maxArgs: 1
						},
						get: {
							minArgs: 1,
							maxArgs: 1
						},
						set: {
							minArgs: 1,
							maxArgs: 1
						}
					};
					apiMetadata.privacy = {
						network: { "*": settingMetadata },
						services: { "*": settingMetadata },
						websites: { "*": settingMetadata }
					};
					return wrapObject(extensionAPIs, staticWrappers, apiMetadata);
				};
				module.exports = wrapAPIs(chrome);
			} else module.exports = globalThis.browser;
		});
	})))(), 1);
	// node_modules/wxt/dist/utils/internal/logger.mjs
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger$1 = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	// node_modules/wxt/dist/utils/internal/custom-events.mjs
	var WxtLocationChangeEvent = class WxtLocationChangeEvent extends Event {
		static EVENT_NAME = getUniqueEventName("wxt:locationchange");
		constructor(newUrl, oldUrl) {
			super(WxtLocationChangeEvent.EVENT_NAME, {});
			this.newUrl = newUrl;
			this.oldUrl = oldUrl;
		}
	};
	/**
	* Returns an event name unique to the extension and content script that's
	* running.
	*/
	function getUniqueEventName(eventName) {
		return `${import_browser_polyfill.default?.runtime?.id}:engine:${eventName}`;
	}
	// node_modules/wxt/dist/utils/internal/location-watcher.mjs
	var supportsNavigationApi = typeof globalThis.navigation?.addEventListener === "function";
	/**
	* Create a util that watches for URL changes, dispatching the custom event when
	* detected. Stops watching when content script is invalidated. Uses Navigation
	* API when available, otherwise falls back to polling.
	*/
	function createLocationWatcher(ctx) {
		let lastUrl;
		let watching = false;
		return { run() {
			if (watching) return;
			watching = true;
			lastUrl = new URL(location.href);
			if (supportsNavigationApi) globalThis.navigation.addEventListener("navigate", (event) => {
				const newUrl = new URL(event.destination.url);
				if (newUrl.href === lastUrl.href) return;
				window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
				lastUrl = newUrl;
			}, { signal: ctx.signal });
			else ctx.setInterval(() => {
				const newUrl = new URL(location.href);
				if (newUrl.href !== lastUrl.href) {
					window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
					lastUrl = newUrl;
				}
			}, 1e3);
		} };
	}
	// node_modules/wxt/dist/utils/content-script-context.mjs
	/**
	* Implements
	* [`AbortController`](https://developer.mozilla.org/en-US/docs/Web/API/AbortController).
	* Used to detect and stop content script code when the script is invalidated.
	*
	* It also provides several utilities like `ctx.setTimeout` and
	* `ctx.setInterval` that should be used in content scripts instead of
	* `window.setTimeout` or `window.setInterval`.
	*
	* To create context for testing, you can use the class's constructor:
	*
	* ```ts
	* import { ContentScriptContext } from 'wxt/utils/content-scripts-context';
	*
	* test('storage listener should be removed when context is invalidated', () => {
	*   const ctx = new ContentScriptContext('test');
	*   const item = storage.defineItem('local:count', { defaultValue: 0 });
	*   const watcher = vi.fn();
	*
	*   const unwatch = item.watch(watcher);
	*   ctx.onInvalidated(unwatch); // Listen for invalidate here
	*
	*   await item.setValue(1);
	*   expect(watcher).toBeCalledTimes(1);
	*   expect(watcher).toBeCalledWith(1, 0);
	*
	*   ctx.notifyInvalidated(); // Use this function to invalidate the context
	*   await item.setValue(2);
	*   expect(watcher).toBeCalledTimes(1);
	* });
	* ```
	*/
	var ContentScriptContext$1 = class ContentScriptContext {
		static SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName("wxt:content-script-started");
		id;
		abortController;
		locationWatcher = createLocationWatcher(this);
		constructor(contentScriptName, options) {
			this.contentScriptName = contentScriptName;
			this.options = options;
			this.id = Math.random().toString(36).slice(2);
			this.abortController = new AbortController();
			this.stopOldScripts();
			this.listenForNewerScripts();
		}
		get signal() {
			return this.abortController.signal;
		}
		abort(reason) {
			return this.abortController.abort(reason);
		}
		get isInvalid() {
			if (import_browser_polyfill.default.runtime?.id == null) this.notifyInvalidated();
			return this.signal.aborted;
		}
		get isValid() {
			return !this.isInvalid;
		}
		/**
		* Add a listener that is called when the content script's context is
		* invalidated.
		*
		* @example
		*   browser.runtime.onMessage.addListener(cb);
		*   const removeInvalidatedListener = ctx.onInvalidated(() => {
		*     browser.runtime.onMessage.removeListener(cb);
		*   });
		*   // ...
		*   removeInvalidatedListener();
		*
		* @returns A function to remove the listener.
		*/
		onInvalidated(cb) {
			this.signal.addEventListener("abort", cb);
			return () => this.signal.removeEventListener("abort", cb);
		}
		/**
		* Return a promise that never resolves. Useful if you have an async function
		* that shouldn't run after the context is expired.
		*
		* @example
		*   const getValueFromStorage = async () => {
		*     if (ctx.isInvalid) return ctx.block();
		*
		*     // ...
		*   };
		*/
		block() {
			return new Promise(() => {});
		}
		/**
		* Wrapper around `window.setInterval` that automatically clears the interval
		* when invalidated.
		*
		* Intervals can be cleared by calling the normal `clearInterval` function.
		*/
		setInterval(handler, timeout) {
			const id = setInterval(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearInterval(id));
			return id;
		}
		/**
		* Wrapper around `window.setTimeout` that automatically clears the interval
		* when invalidated.
		*
		* Timeouts can be cleared by calling the normal `setTimeout` function.
		*/
		setTimeout(handler, timeout) {
			const id = setTimeout(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearTimeout(id));
			return id;
		}
		/**
		* Wrapper around `window.requestAnimationFrame` that automatically cancels
		* the request when invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelAnimationFrame`
		* function.
		*/
		requestAnimationFrame(callback) {
			const id = requestAnimationFrame((...args) => {
				if (this.isValid) callback(...args);
			});
			this.onInvalidated(() => cancelAnimationFrame(id));
			return id;
		}
		/**
		* Wrapper around `window.requestIdleCallback` that automatically cancels the
		* request when invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelIdleCallback`
		* function.
		*/
		requestIdleCallback(callback, options) {
			const id = requestIdleCallback((...args) => {
				if (!this.signal.aborted) callback(...args);
			}, options);
			this.onInvalidated(() => cancelIdleCallback(id));
			return id;
		}
		addEventListener(target, type, handler, options) {
			if (type === "wxt:locationchange") {
				if (this.isValid) this.locationWatcher.run();
			}
			target.addEventListener?.(type.startsWith("wxt:") ? getUniqueEventName(type) : type, handler, {
				...options,
				signal: this.signal
			});
		}
		/**
		* @internal
		* Abort the abort controller and execute all `onInvalidated` listeners.
		*/
		notifyInvalidated() {
			this.abort("Content script context invalidated");
			logger$1.debug(`Content script "${this.contentScriptName}" context invalidated`);
		}
		stopOldScripts() {
			document.dispatchEvent(new CustomEvent(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, { detail: {
				contentScriptName: this.contentScriptName,
				messageId: this.id
			} }));
			if (!this.options?.noScriptStartedPostMessage) window.postMessage({
				type: ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE,
				contentScriptName: this.contentScriptName,
				messageId: this.id
			}, "*");
		}
		verifyScriptStartedEvent(event) {
			const isSameContentScript = event.detail?.contentScriptName === this.contentScriptName;
			const isFromSelf = event.detail?.messageId === this.id;
			return isSameContentScript && !isFromSelf;
		}
		listenForNewerScripts() {
			const cb = (event) => {
				if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event)) return;
				this.notifyInvalidated();
			};
			document.addEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, cb);
			this.onInvalidated(() => document.removeEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, cb));
		}
	};
	// utils/content/quiet-context.ts
	/** @module WXT's `ContentScriptContext`, minus its announcement. WXT's context dispatches
	* `<extension id>:content:wxt:content-script-started` on `document` as it starts, so that an
	* older copy of the script stops; any page listening on `document` or `window` sees it and so
	* learns that Heedful is installed, and its id. The build (scripts/quiet-content-script.ts)
	* gives WXT's content-script entry this class instead, so nothing reaches the page before a
	* notice does.
	*
	* No announcement is needed: a copy of the script from before an update or reload lost its
	* runtime, and `forged-restart.ts` makes such a copy stop itself on the next trusted event,
	* without any event a page could see or forge. WXT's listener for the announcement stays (a
	* forged one is still stopped by `forged-restart.ts`). */
	var ContentScriptContext = class extends ContentScriptContext$1 {
		stopOldScripts() {}
	};
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
	// utils/content/forged-restart.ts
	/** What a person does before any notice matters: typing, focusing, pointing. */
	var PERSON_EVENTS = [
		"keydown",
		"focusin",
		"pointerdown",
		"input"
	];
	function ignoreForgedRestarts(ctx) {
		ctx.addEventListener(window, "wxt:content-script-started", (event) => {
			if (import_browser_polyfill.default.runtime?.id) event.stopImmediatePropagation();
		}, { capture: true });
		for (const type of PERSON_EVENTS) ctx.addEventListener(window, type, (event) => {
			if (event.isTrusted) ctx.isValid;
		}, {
			capture: true,
			passive: true
		});
	}
	// utils/i18n.ts
	/** The extension's translator. Falls back to the key so a missing string is visible, not blank. */
	var t$2 = (key, substitutions) => import_browser_polyfill.default.i18n.getMessage(key, substitutions?.map(String)) || key;
	// utils/checks/types.ts
	/** Identity with literal types kept, so ids and states become types the compiler checks. */
	function defineCheck(meta) {
		return meta;
	}
	// utils/checks/breached-password/meta.ts
	/** @module What the rest of Heedful needs to know about `breached-password`; light enough for
	* the content script (no analysis code). */
	var breachedPassword = defineCheck({
		id: "breached-password",
		kind: "password",
		lesson: "breached-passwords",
		states: [
			"checking",
			"breached",
			"not-found",
			"unavailable"
		],
		defaultOn: true
	});
	// utils/checks/insecure-form/meta.ts
	/** @module What the rest of Heedful needs to know about `insecure-form`; light enough for
	* the content script (no analysis code). */
	var insecureForm = defineCheck({
		id: "insecure-form",
		kind: "form",
		lesson: "https-encryption",
		states: ["insecure"],
		defaultOn: true
	});
	// utils/checks/mfa-available/meta.ts
	/** @module What the rest of Heedful knows about `mfa-available`: light, safe for the content
	* script (the table and the look-up live in the background). */
	var mfaAvailable = defineCheck({
		id: "mfa-available",
		kind: "site",
		lesson: "mfa",
		states: ["available"],
		defaultOn: true
	});
	// utils/checks/oversized-form/meta.ts
	/** @module What the rest of Heedful needs to know about `oversized-form`; light enough for
	* the content script (no analysis code). */
	var oversizedForm = defineCheck({
		id: "oversized-form",
		kind: "form",
		lesson: "data-minimisation",
		states: ["oversized"],
		defaultOn: true
	});
	// utils/checks/password-field/meta.ts
	/** @module What the rest of Heedful needs to know about `password-field`; light enough for
	* the content script (no analysis code). */
	var passwordField = defineCheck({
		id: "password-field",
		kind: "form",
		lesson: "password-managers",
		states: [],
		defaultOn: true
	});
	// utils/checks/password-reuse/meta.ts
	/** @module What the rest of Heedful knows about `password-reuse`: light, safe for the content
	* script (tldts and scrypt stay in the background). Off by default: it keeps a 24-bit tag per
	* site, so the person opts in. */
	var passwordReuse = defineCheck({
		id: "password-reuse",
		kind: "password",
		lesson: "password-managers",
		states: ["reused", "lookalike"],
		defaultOn: false
	});
	// utils/checks/password-strength/meta.ts
	/** @module What the rest of Heedful needs to know about `password-strength`; light enough for
	* the content script (no analysis code). */
	var passwordStrength = defineCheck({
		id: "password-strength",
		kind: "password",
		lesson: "passphrases",
		states: [
			"weak",
			"fair",
			"strong"
		],
		defaultOn: true
	});
	// utils/checks/index.ts
	/** @module The check registry: the one list of Heedful's checks. Ids, settings defaults, the
	* content script's off-map, notice order and states, tab-report sources, the options page, the
	* managed-policy schema and the locale keys all follow from it (tests/unit/checks/registry.test.tsx
	* holds each check to all of its parts). Light: metas only, safe for the content script; the
	* implementations are listed in `form-checks.ts`, `password-checks.ts` and `site-checks.ts`.
	* Adding a check: docs/adding-a-check.md. */
	/** In this order: the options page lists them, and notices on one anchor stack. */
	var CHECKS = [
		passwordStrength,
		breachedPassword,
		passwordReuse,
		insecureForm,
		oversizedForm,
		passwordField,
		mfaAvailable
	];
	CHECKS.map((check) => check.id);
	var NOTICE_CHECKS = CHECKS.filter((check) => hasNotice(check.id)).map((check) => check.id);
	function checkById(id) {
		return CHECKS.find((check) => check.id === id);
	}
	function hasNotice(id) {
		return checkById(id).states.length > 0;
	}
	/** The state of a form check's notice: a form check has one "flagged" state. */
	function formNoticeState(id) {
		const check = checkById(id);
		return check.kind === "form" ? check.states[0] : void 0;
	}
	/** `value` for every check: the off-map, and any other all-one-way map. */
	function everyCheck(value) {
		return Object.fromEntries(CHECKS.map((check) => [check.id, value(check.id)]));
	}
	var DEFAULT_CHECKS = Object.freeze(everyCheck((id) => checkById(id).defaultOn));
	/** Message keys hold only [A-Za-z0-9_]; check ids use hyphens. Every check has `name` and
	* `hint` (options page); a form check with a notice has `noticeTitle` and may have `noticeFix`
	* (one concrete thing to do, shown under its message). */
	function checkMessageKey(id, part) {
		const base = id.replace(/-/g, "_");
		if (part === "name") return `optionsCheck_${base}`;
		if (part === "hint") return `optionsCheck_${base}_hint`;
		return `${part}_${base}`;
	}
	// node_modules/preact/dist/preact.module.js
	var n$1;
	var l;
	var u$1;
	var i$2;
	var r$1;
	var o;
	var e$1;
	var f$1;
	var c;
	var a;
	var s;
	var h;
	var p;
	var v;
	var d = {};
	var w = [];
	var _ = /acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i;
	var g = Array.isArray;
	function m(n, l) {
		for (var u in l) n[u] = l[u];
		return n;
	}
	function b(n) {
		n && n.parentNode && n.parentNode.removeChild(n);
	}
	function k(l, u, t) {
		var i, r, o, e = {};
		for (o in u) "key" == o ? i = u[o] : "ref" == o ? r = u[o] : e[o] = u[o];
		if (arguments.length > 2 && (e.children = arguments.length > 3 ? n$1.call(arguments, 2) : t), "function" == typeof l && null != l.defaultProps) for (o in l.defaultProps) void 0 === e[o] && (e[o] = l.defaultProps[o]);
		return x(l, e, i, r, null);
	}
	function x(n, t, i, r, o) {
		var e = {
			type: n,
			props: t,
			key: i,
			ref: r,
			__k: null,
			__: null,
			__b: 0,
			__e: null,
			__c: null,
			constructor: void 0,
			__v: null == o ? ++u$1 : o,
			__i: -1,
			__u: 0
		};
		return null == o && null != l.vnode && l.vnode(e), e;
	}
	function S(n) {
		return n.children;
	}
	function C(n, l) {
		this.props = n, this.context = l;
	}
	function $(n, l) {
		if (null == l) return n.__ ? $(n.__, n.__i + 1) : null;
		for (var u; l < n.__k.length; l++) if (null != (u = n.__k[l]) && null != u.__e) return u.__e;
		return "function" == typeof n.type ? $(n) : null;
	}
	function I(n) {
		if (n.__P && n.__d) {
			var u = n.__v, t = u.__e, i = [], r = [], o = m({}, u);
			o.__v = u.__v + 1, l.vnode && l.vnode(o), q(n.__P, o, u, n.__n, n.__P.namespaceURI, 32 & u.__u ? [t] : null, i, null == t ? $(u) : t, !!(32 & u.__u), r), o.__v = u.__v, o.__.__k[o.__i] = o, D(i, o, r), u.__e = u.__ = null, o.__e != t && P(o);
		}
	}
	function P(n) {
		if (null != (n = n.__) && null != n.__c) return n.__e = n.__c.base = null, n.__k.some(function(l) {
			if (null != l && null != l.__e) return n.__e = n.__c.base = l.__e;
		}), P(n);
	}
	function A(n) {
		(!n.__d && (n.__d = !0) && i$2.push(n) && !H.__r++ || r$1 != l.debounceRendering) && ((r$1 = l.debounceRendering) || o)(H);
	}
	function H() {
		try {
			for (var n, l = 1; i$2.length;) i$2.length > l && i$2.sort(e$1), n = i$2.shift(), l = i$2.length, I(n);
		} finally {
			i$2.length = H.__r = 0;
		}
	}
	function L(n, l, u, t, i, r, o, e, f, c, a) {
		var s, h, p, v, y, _, g = t && t.__k || w, m = l.length;
		for (f = T(u, l, g, f, m), s = 0; s < m; s++) null != (p = u.__k[s]) && (h = -1 != p.__i && g[p.__i] || d, p.__i = s, _ = q(n, p, h, i, r, o, e, f, c, a), v = p.__e, p.ref && h.ref != p.ref && (h.ref && J(h.ref, null, p), a.push(p.ref, p.__c || v, p)), null == y && null != v && (y = v), 4 & p.__u ? (f = j(p, f, n), h.__e && (h.__e = null)) : "function" == typeof p.type && void 0 !== _ ? f = _ : v && (f = v.nextSibling), p.__u &= -7);
		return u.__e = y, f;
	}
	function T(n, l, u, t, i) {
		var r, o, e, f, c, a = u.length, s = a, h = 0;
		for (n.__k = new Array(i), r = 0; r < i; r++) null != (o = l[r]) && "boolean" != typeof o && "function" != typeof o ? ("string" == typeof o || "number" == typeof o || "bigint" == typeof o || o.constructor == String ? o = n.__k[r] = x(null, o, null, null, null) : g(o) ? o = n.__k[r] = x(S, { children: o }, null, null, null) : void 0 === o.constructor && o.__b > 0 ? o = n.__k[r] = x(o.type, o.props, o.key, o.ref ? o.ref : null, o.__v) : n.__k[r] = o, f = r + h, o.__ = n, o.__b = n.__b + 1, e = null, -1 != (c = o.__i = O(o, u, f, s)) && (s--, (e = u[c]) && (e.__u |= 2)), null == e || null == e.__v ? (-1 == c && (i > a ? h-- : i < a && h++), "function" != typeof o.type && (o.__u |= 4)) : c != f && (c == f - 1 ? h-- : c == f + 1 ? h++ : (c > f ? h-- : h++, o.__u |= 4))) : n.__k[r] = null;
		if (s) for (r = 0; r < a; r++) null != (e = u[r]) && 0 == (2 & e.__u) && (e.__e == t && (t = $(e)), K(e, e));
		return t;
	}
	function j(n, l, u) {
		var t, i;
		if ("function" == typeof n.type) {
			for (t = n.__k, i = 0; t && i < t.length; i++) t[i] && (t[i].__ = n, l = j(t[i], l, u));
			return l;
		}
		n.__e != l && (l && n.type && !l.parentNode && (l = $(n)), l = u.insertBefore(n.__e, l || null));
		do
			l = l && l.nextSibling;
		while (null != l && 8 == l.nodeType);
		return l;
	}
	function O(n, l, u, t) {
		var i, r, o, e = n.key, f = n.type, c = l[u], a = null != c && 0 == (2 & c.__u);
		if (null === c && null == e || a && e == c.key && f == c.type) return u;
		if (t > (a ? 1 : 0)) {
			for (i = u - 1, r = u + 1; i >= 0 || r < l.length;) if (null != (c = l[o = i >= 0 ? i-- : r++]) && 0 == (2 & c.__u) && e == c.key && f == c.type) return o;
		}
		return -1;
	}
	function z(n, l, u) {
		"-" == l[0] ? n.setProperty(l, null == u ? "" : u) : n[l] = null == u ? "" : "number" != typeof u || _.test(l) ? u : u + "px";
	}
	function N(n, l, u, t, i) {
		var r, o;
		n: if ("style" == l) if ("string" == typeof u) n.style.cssText = u;
		else {
			if ("string" == typeof t && (n.style.cssText = t = ""), t) for (l in t) u && l in u || z(n.style, l, "");
			if (u) for (l in u) t && u[l] == t[l] || z(n.style, l, u[l]);
		}
		else if ("o" == l[0] && "n" == l[1]) r = l != (l = l.replace(s, "$1")), o = l.toLowerCase(), l = o in n || "onFocusOut" == l || "onFocusIn" == l ? o.slice(2) : l.slice(2), n.l || (n.l = {}), n.l[l + r] = u, u ? t ? u[a] = t[a] : (u[a] = h, n.addEventListener(l, r ? v : p, r)) : n.removeEventListener(l, r ? v : p, r);
		else {
			if ("http://www.w3.org/2000/svg" == i) l = l.replace(/xlink(H|:h)/, "h").replace(/sName$/, "s");
			else if ("width" != l && "height" != l && "href" != l && "list" != l && "form" != l && "tabIndex" != l && "download" != l && "rowSpan" != l && "colSpan" != l && "role" != l && "popover" != l && l in n) try {
				n[l] = null == u ? "" : u;
				break n;
			} catch (n) {}
			"function" == typeof u || (null == u || !1 === u && "-" != l[4] ? n.removeAttribute(l) : n.setAttribute(l, "popover" == l && 1 == u ? "" : u));
		}
	}
	function V(n) {
		return function(u) {
			if (this.l) {
				var t = this.l[u.type + n];
				if (null == u[c]) u[c] = h++;
				else if (u[c] < t[a]) return;
				return t(l.event ? l.event(u) : u);
			}
		};
	}
	function q(n, u, t, i, r, o, e, f, c, a) {
		var s, h, p, v, y, d, _, k, x, M, I, P, A, H, T, j, F = u.type;
		if (void 0 !== u.constructor) return null;
		128 & t.__u && (c = !!(32 & t.__u), o = [f = u.__e = t.__e]), (s = l.__b) && s(u);
		n: if ("function" == typeof F) {
			h = e.length;
			try {
				if (x = u.props, M = F.prototype && F.prototype.render, I = (s = F.contextType) && i[s.__c], P = s ? I ? I.props.value : s.__ : i, t.__c ? k = (p = u.__c = t.__c).__ = p.__E : (M ? u.__c = p = new F(x, P) : (u.__c = p = new C(x, P), p.constructor = F, p.render = Q), I && I.sub(p), p.state || (p.state = {}), p.__n = i, v = p.__d = !0, p.__h = [], p._sb = []), M && null == p.__s && (p.__s = p.state), M && null != F.getDerivedStateFromProps && (p.__s == p.state && (p.__s = m({}, p.__s)), m(p.__s, F.getDerivedStateFromProps(x, p.__s))), y = p.props, d = p.state, p.__v = u, v) M && null == F.getDerivedStateFromProps && null != p.componentWillMount && p.componentWillMount(), M && null != p.componentDidMount && p.__h.push(p.componentDidMount);
				else {
					if (M && null == F.getDerivedStateFromProps && x !== y && null != p.componentWillReceiveProps && p.componentWillReceiveProps(x, P), u.__v == t.__v || !p.__e && null != p.shouldComponentUpdate && !1 === p.shouldComponentUpdate(x, p.__s, P)) {
						u.__v != t.__v && (p.props = x, p.state = p.__s, p.__d = !1), u.__e = t.__e, u.__k = t.__k, u.__k.some(function(n) {
							n && (n.__ = u);
						}), w.push.apply(p.__h, p._sb), p._sb = [], p.__h.length && e.push(p), f = $(t);
						break n;
					}
					null != p.componentWillUpdate && p.componentWillUpdate(x, p.__s, P), M && null != p.componentDidUpdate && p.__h.push(function() {
						p.componentDidUpdate(y, d, _);
					});
				}
				if (p.context = P, p.props = x, p.__P = n, p.__e = !1, A = l.__r, H = 0, M) p.state = p.__s, p.__d = !1, A && A(u), s = p.render(p.props, p.state, p.context), w.push.apply(p.__h, p._sb), p._sb = [];
				else do
					p.__d = !1, A && A(u), s = p.render(p.props, p.state, p.context), p.state = p.__s;
				while (p.__d && ++H < 25);
				p.state = p.__s, null != p.getChildContext && (i = m(m({}, i), p.getChildContext())), M && !v && null != p.getSnapshotBeforeUpdate && (_ = p.getSnapshotBeforeUpdate(y, d)), T = null != s && s.type === S && null == s.key ? E(s.props.children) : s, f = L(n, g(T) ? T : [T], u, t, i, r, o, e, f, c, a), p.base = u.__e, u.__u &= -161, p.__h.length && e.push(p), k && (p.__E = p.__ = null);
			} catch (n) {
				if (e.length = h, u.__v = null, c || null != o) {
					if (n.then) {
						for (u.__u |= c ? 160 : 128; f && 8 == f.nodeType && f.nextSibling;) f = f.nextSibling;
						null != o && (o[o.indexOf(f)] = null), u.__e = f;
					} else if (null != o) for (j = o.length; j--;) b(o[j]);
				} else u.__e = t.__e;
				u.__k ??= t.__k || [], n.then || B(u), l.__e(n, u, t);
			}
		} else null == o && u.__v == t.__v ? (u.__k = t.__k, u.__e = t.__e) : f = u.__e = G(t.__e, u, t, i, r, o, e, c, a);
		return (s = l.diffed) && s(u), 128 & u.__u ? void 0 : f;
	}
	function B(n) {
		n && (n.__c && (n.__c.__e = !0), n.__k && n.__k.some(B));
	}
	function D(n, u, t) {
		for (var i = 0; i < t.length; i++) J(t[i], t[++i], t[++i]);
		l.__c && l.__c(u, n), n.some(function(u) {
			try {
				n = u.__h, u.__h = [], n.some(function(n) {
					n.call(u);
				});
			} catch (n) {
				l.__e(n, u.__v);
			}
		});
	}
	function E(n) {
		return "object" != typeof n || null == n || n.__b > 0 ? n : g(n) ? n.map(E) : void 0 !== n.constructor ? null : m({}, n);
	}
	function G(u, t, i, r, o, e, f, c, a) {
		var s, h, p, v, y, w, _, m = i.props || d, k = t.props, x = t.type;
		if ("svg" == x ? o = "http://www.w3.org/2000/svg" : "math" == x ? o = "http://www.w3.org/1998/Math/MathML" : o || (o = "http://www.w3.org/1999/xhtml"), null != e) {
			for (s = 0; s < e.length; s++) if ((y = e[s]) && "setAttribute" in y == !!x && (x ? y.localName == x : 3 == y.nodeType)) {
				u = y, e[s] = null;
				break;
			}
		}
		if (null == u) {
			if (null == x) return document.createTextNode(k);
			u = document.createElementNS(o, x, k.is && k), c && (l.__m && l.__m(t, e), c = !1), e = null;
		}
		if (null == x) m === k || c && u.data == k || (u.data = k);
		else {
			if (e = "textarea" == x && null != k.defaultValue ? null : e && n$1.call(u.childNodes), !c && null != e) for (m = {}, s = 0; s < u.attributes.length; s++) m[(y = u.attributes[s]).name] = y.value;
			for (s in m) y = m[s], "dangerouslySetInnerHTML" == s ? p = y : "children" == s || s in k || "value" == s && "defaultValue" in k || "checked" == s && "defaultChecked" in k || N(u, s, null, y, o);
			for (s in k) y = k[s], "children" == s ? v = y : "dangerouslySetInnerHTML" == s ? h = y : "value" == s ? w = y : "checked" == s ? _ = y : c && "function" != typeof y || m[s] === y || N(u, s, y, m[s], o);
			if (h) c || p && (h.__html == p.__html || h.__html == u.innerHTML) || (() => {
				throw new Error("dangerouslySetInnerHTML is disabled in Heedful builds");
			})(), t.__k = [];
			else if (p && (u.innerHTML = ""), L("template" == t.type ? u.content : u, g(v) ? v : [v], t, i, r, "foreignObject" == x ? "http://www.w3.org/1999/xhtml" : o, e, f, e ? e[0] : i.__k && $(i, 0), c, a), null != e) for (s = e.length; s--;) b(e[s]);
			c && "textarea" != x || (s = "value", "progress" == x && null == w ? u.removeAttribute("value") : null != w && (w !== u[s] || "progress" == x && !w || "option" == x && w != m[s]) && N(u, s, w, m[s], o), s = "checked", null != _ && _ != u[s] && N(u, s, _, m[s], o));
		}
		return u;
	}
	function J(n, u, t) {
		try {
			if ("function" == typeof n) {
				var i = "function" == typeof n.__u;
				i && n.__u(), i && null == u || (n.__u = n(u));
			} else n.current = u;
		} catch (n) {
			l.__e(n, t);
		}
	}
	function K(n, u, t) {
		var i, r;
		if (l.unmount && l.unmount(n), (i = n.ref) && (i.current && i.current != n.__e || J(i, null, u)), null != (i = n.__c)) {
			if (i.componentWillUnmount) try {
				i.componentWillUnmount();
			} catch (n) {
				l.__e(n, u);
			}
			i.base = i.__P = i.__n = null;
		}
		if (i = n.__k) for (r = 0; r < i.length; r++) i[r] && K(i[r], u, t || "function" != typeof n.type);
		t || b(n.__e), n.__c = n.__ = n.__e = void 0;
	}
	function Q(n, l, u) {
		return this.constructor(n, u);
	}
	function R(u, t, i) {
		var r, o, e, f;
		t == document && (t = document.documentElement), l.__ && l.__(u, t), o = (r = "function" == typeof i) ? null : i && i.__k || t.__k, e = [], f = [], q(t, u = (!r && i || t).__k = k(S, null, [u]), o || d, d, t.namespaceURI, !r && i ? [i] : o ? null : t.firstChild ? n$1.call(t.childNodes) : null, e, !r && i ? i : o ? o.__e : t.firstChild, r, f), D(e, u, f), u.props.children = null;
	}
	n$1 = w.slice, l = { __e: function(n, l, u, t) {
		for (var i, r, o; l = l.__;) if ((i = l.__c) && !i.__) try {
			if ((r = i.constructor) && null != r.getDerivedStateFromError && (i.setState(r.getDerivedStateFromError(n)), o = i.__d), null != i.componentDidCatch && (i.componentDidCatch(n, t || {}), o = i.__d), o) return i.__E = i;
		} catch (l) {
			n = l;
		}
		throw n;
	} }, u$1 = 0, C.prototype.setState = function(n, l) {
		var u = null != this.__s && this.__s != this.state ? this.__s : this.__s = m({}, this.state);
		"function" == typeof n && (n = n(m({}, u), this.props)), n && m(u, n), null != n && this.__v && (l && this._sb.push(l), A(this));
	}, C.prototype.forceUpdate = function(n) {
		this.__v && (this.__e = !0, n && this.__h.push(n), A(this));
	}, C.prototype.render = S, i$2 = [], o = "function" == typeof Promise ? Promise.prototype.then.bind(Promise.resolve()) : setTimeout, e$1 = function(n, l) {
		return n.__v.__b - l.__v.__b;
	}, H.__r = 0, f$1 = Math.random().toString(8), c = "__d" + f$1, a = "__a" + f$1, s = /(PointerCapture)$|Capture$/i, h = 0, p = V(!1), v = V(!0);
	// node_modules/preact/jsx-runtime/dist/jsxRuntime.module.js
	var f = 0;
	Array.isArray;
	function u(e, t, n, o, i, u) {
		t || (t = {});
		var a, c, p = t;
		if ("ref" in p) for (c in p = {}, t) "ref" == c ? a = t[c] : p[c] = t[c];
		var l$1 = {
			type: e,
			props: p,
			key: n,
			ref: a,
			__k: null,
			__: null,
			__b: 0,
			__e: null,
			__c: null,
			constructor: void 0,
			__v: --f,
			__i: -1,
			__u: 0,
			__source: i,
			__self: u
		};
		if ("function" == typeof e && (a = e.defaultProps)) for (c in a) void 0 === p[c] && (p[c] = a[c]);
		return l.vnode && l.vnode(l$1), l$1;
	}
	// components/notices/NoticeFrame.tsx
	/** The shadow root is open (the contract says so), so a page can reach our buttons and call
	* `click()`: only a person's click or key press may dismiss a notice or open a lesson tab. */
	var byPerson = (action) => (event) => {
		if (event.isTrusted) action();
	};
	function NoticeFrame(props) {
		return /* @__PURE__ */ u("div", {
			class: "notice",
			"data-tone": props.tone,
			role: props.role,
			"aria-live": props.role === "alert" ? "assertive" : "polite",
			children: [
				/* @__PURE__ */ u("div", {
					class: "head",
					children: [/* @__PURE__ */ u("p", {
						class: "title",
						children: props.title
					}), /* @__PURE__ */ u("button", {
						type: "button",
						class: "dismiss",
						"aria-label": props.dismissLabel,
						title: props.dismissLabel,
						onClick: byPerson(props.onDismiss),
						children: "×"
					})]
				}),
				props.children,
				props.onLearn && props.learnLabel && /* @__PURE__ */ u("button", {
					type: "button",
					class: "learn",
					onClick: byPerson(props.onLearn),
					children: props.learnLabel
				})
			]
		});
	}
	// components/notices/FormNotice.tsx
	/** @module The notice above a form a form check flagged (oversized, insecure, or any check the
	* registry adds). The message comes from the check, already in the reader's language; the title
	* and the optional fix are the check's own strings (`checkMessageKey`). */
	function FormNotice({ finding, t, onDismiss, onLearn, onNotAProblem }) {
		const fixKey = checkMessageKey(finding.check, "noticeFix");
		const fix = t(fixKey);
		return /* @__PURE__ */ u(NoticeFrame, {
			tone: finding.severity === "danger" ? "weak" : "fair",
			role: "status",
			title: t(checkMessageKey(finding.check, "noticeTitle")),
			dismissLabel: t("noticeDismiss"),
			learnLabel: t("noticeLearnMore"),
			onDismiss,
			onLearn,
			children: [
				/* @__PURE__ */ u("p", {
					class: "text",
					children: finding.message
				}),
				fix && fix !== fixKey && /* @__PURE__ */ u("p", {
					class: "fix",
					children: fix
				}),
				onNotAProblem && /* @__PURE__ */ u("button", {
					type: "button",
					class: "learn not-a-problem",
					onClick: (event) => event.isTrusted && onNotAProblem(),
					children: t("noticeNotAProblem")
				})
			]
		});
	}
	var MAX_NODES = 60;
	/** Content that never labels a field (and option lists would drown the label). */
	var SKIPPED = /* @__PURE__ */ new Set([
		"SCRIPT",
		"STYLE",
		"SELECT",
		"OPTION",
		"TEXTAREA",
		"NOSCRIPT",
		"TEMPLATE"
	]);
	var FIELD_TAGS$1 = /* @__PURE__ */ new Set([
		"INPUT",
		"SELECT",
		"TEXTAREA"
	]);
	var SPECIAL = {
		ß: "ss",
		ł: "l",
		ø: "o",
		æ: "ae",
		ı: "i",
		đ: "d",
		œ: "oe"
	};
	/** Lowercase words without accents: `Straße`→`strasse`, `billingZipCode`→`billing zip code`,
	* `E-Mail*`→`e mail`. Keeps letters of every script so non-Latin labels still compare. */
	function normalize(text) {
		if (!text) return "";
		let out = text.slice(0, 240);
		if (/[a-z][A-Z]/.test(out)) out = out.replace(/([a-z])([A-Z])/g, "$1 $2");
		if (/[a-zA-Z]\d/.test(out)) out = out.replace(/([a-zA-Z])(\d)/g, "$1 $2");
		out = out.toLowerCase();
		if (/[^ -~]/.test(out)) out = out.replace(/[ßłøæıđœ]/g, (c) => SPECIAL[c] ?? c).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}']+/gu, " ");
		else out = out.replace(/[^a-z0-9']+/g, " ");
		return out.trim().slice(0, 120);
	}
	/** The text inside `node`, reading at most MAX_NODES nodes. When `stopAtField` is set, a field
	* inside ends the read (its own label belongs to it, not to us): returns what came before. */
	function boundedText(node, stopAtField = false) {
		let out = "";
		let visited = 0;
		const walk = (n) => {
			if (++visited > MAX_NODES || out.length > 120) return false;
			if (n.nodeType === 3) {
				out += ` ${n.nodeValue ?? ""}`;
				return true;
			}
			if (n.nodeType !== 1) return true;
			const tag = n.tagName.toUpperCase();
			if (stopAtField && FIELD_TAGS$1.has(tag)) return false;
			if (SKIPPED.has(tag)) return true;
			for (let c = n.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
			return true;
		};
		walk(node);
		return out.trim().slice(0, 240);
	}
	/** Whether `node` holds a field, looking at no more than MAX_NODES nodes (unknown counts as yes,
	* so a huge sibling is never taken for a label). */
	function holdsField(node) {
		let visited = 0;
		const walk = (n) => {
			if (++visited > MAX_NODES) return true;
			if (n.nodeType !== 1) return false;
			if (FIELD_TAGS$1.has(n.tagName.toUpperCase())) return true;
			for (let c = n.firstChild; c; c = c.nextSibling) if (walk(c)) return true;
			return false;
		};
		return walk(node);
	}
	// utils/forms/scan.ts
	var FIELD_TAGS = /* @__PURE__ */ new Set([
		"INPUT",
		"SELECT",
		"TEXTAREA"
	]);
	/** Open shadow roots scanned at most (a page could attach thousands). */
	var MAX_SHADOW_ROOTS = 500;
	function scanPage(root) {
		const scan = {
			fields: [],
			forms: [],
			owners: /* @__PURE__ */ new Map(),
			labelsFor: /* @__PURE__ */ new Map(),
			ids: /* @__PURE__ */ new Map(),
			baseHref: null
		};
		const formIndex = /* @__PURE__ */ new Map();
		const shadows = [];
		const start = "documentElement" in root ? root.documentElement : root;
		if (start) walk(start, null, scan, formIndex, shadows);
		for (let i = 0; i < shadows.length && i < MAX_SHADOW_ROOTS; i++) {
			const { root: shadow, form } = shadows[i];
			for (let c = shadow.firstElementChild; c; c = c.nextElementSibling) walk(c, form, scan, formIndex, shadows);
		}
		const formsById = /* @__PURE__ */ new Map();
		for (const [id, target] of scan.ids) {
			const index = formIndex.get(target);
			if (index !== void 0) formsById.set(id, index);
		}
		if (formsById.size) for (const field of scan.fields) {
			const index = formsById.get(field.getAttribute("form") ?? "");
			if (index !== void 0) scan.owners.set(field, index);
		}
		return scan;
	}
	/** One iterative depth-first pass over `start` and its descendants (no recursion: a deeply
	* nested hostile page must not overflow the stack). */
	function walk(start, outer, scan, formIndex, shadows) {
		const open = outer ? [outer] : [];
		let el = start;
		while (el) {
			visit(el, scan, open, formIndex);
			const shadow = el.shadowRoot;
			if (shadow && shadows.length < MAX_SHADOW_ROOTS) shadows.push({
				root: shadow,
				form: open[open.length - 1] ?? null
			});
			const child = el.firstElementChild;
			if (child) {
				el = child;
				continue;
			}
			let cur = el;
			el = null;
			while (cur) {
				if (open[open.length - 1] === cur) open.pop();
				if (cur === start) break;
				const next = cur.nextElementSibling;
				if (next) {
					el = next;
					break;
				}
				cur = cur.parentElement;
			}
		}
	}
	function visit(el, scan, open, formIndex) {
		const tag = el.tagName.toUpperCase();
		const id = el.getAttribute("id");
		if (id && !scan.ids.has(id)) scan.ids.set(id, el);
		if (FIELD_TAGS.has(tag)) {
			scan.fields.push(el);
			const form = open[open.length - 1];
			if (form) scan.owners.set(el, formIndex.get(form));
		} else if (tag === "FORM") {
			formIndex.set(el, scan.forms.length);
			scan.forms.push(el);
			open.push(el);
		} else if (tag === "LABEL") {
			const target = el.getAttribute("for");
			if (target && !scan.labelsFor.has(target)) scan.labelsFor.set(target, el);
		} else if (tag === "BASE" && scan.baseHref === null) scan.baseHref = el.getAttribute("href");
	}
	// utils/forms/describe.ts
	/** @module Gathers what a field says about itself: attributes, every way a label attaches, the
	* text beside it and a select's options. Reads the DOM only through calls linkedom also has
	* (no `el.labels`, `innerText` or layout), and every read is bounded. */
	var INPUT_TYPES = new Set("hidden text search tel url email password date month week time datetime-local number range color checkbox radio file submit image reset button".split(" "));
	var MAX_OPTIONS = 40;
	var MAX_OPTIONS_COUNTED = 400;
	function describeContext(source) {
		const scan = "labelsFor" in source ? source : scanPage(source);
		const texts = /* @__PURE__ */ new Map();
		return {
			labelFor(id) {
				let text = texts.get(id);
				if (text === void 0) {
					const label = scan.labelsFor.get(id);
					texts.set(id, text = label ? boundedText(label) : "");
				}
				return text;
			},
			byId: (id) => scan.ids.get(id) ?? null
		};
	}
	function fieldType(el) {
		const tag = el.tagName.toLowerCase();
		if (tag === "select") return el.hasAttribute("multiple") ? "select-multiple" : "select-one";
		if (tag === "textarea") return "textarea";
		const type = (el.getAttribute("type") ?? "").trim().toLowerCase();
		return INPUT_TYPES.has(type) ? type : "text";
	}
	function describeField(el, ctx = describeContext(rootOf(el))) {
		const tag = el.tagName.toLowerCase();
		const type = fieldType(el);
		const attr = (name) => (el.getAttribute(name) ?? "").slice(0, 240);
		const id = attr("id");
		const labels = [attr("aria-label")];
		if (id) labels.push(ctx.labelFor(id));
		for (const ref of attr("aria-labelledby").split(/\s+/).slice(0, 4)) {
			const target = ref ? ctx.byId(ref) : null;
			if (target) labels.push(boundedText(target));
		}
		let legend = "";
		let depth = 0;
		for (let a = el.parentElement; a && depth < 10; a = a.parentElement, depth++) {
			const name = a.tagName.toUpperCase();
			if (name === "FORM" || name === "BODY") break;
			if (name === "LABEL" && !a.hasAttribute("for")) labels.push(boundedText(a));
			if (name === "FIELDSET" && !legend) {
				const first = a.firstElementChild;
				if (first?.tagName.toUpperCase() === "LEGEND") legend = boundedText(first);
			}
		}
		const checkable = type === "radio" || type === "checkbox";
		const options = tag === "select" ? readOptions(el) : {
			texts: [],
			count: 0
		};
		const maxLength = parseInt(attr("maxlength"), 10);
		const label = normalize(labels.filter(Boolean).join(" "));
		return {
			tag,
			type,
			autocomplete: attr("autocomplete").toLowerCase().trim(),
			attrs: normalize(`${attr("name")} ${id}`),
			tail: normalize(`${nameTail(attr("name"))} ${nameTail(id)}`),
			label,
			placeholder: normalize(attr("placeholder")),
			title: normalize(attr("title")),
			nearby: label ? "" : normalize(checkable ? textAfter(el) : textBefore(el)),
			legend: normalize(legend),
			options: options.texts,
			optionCount: options.count,
			value: checkable ? normalize(attr("value")) : "",
			maxLength: Number.isFinite(maxLength) ? maxLength : null
		};
	}
	/** Frameworks wrap field names in their own prefixes (`user_data[s_lastname]`,
	* `customer[address][street]`, `dwfrm_billing_addressFields_postal`, `ctl00$main$txtEmail`):
	* the last part that has letters is what names the field. Empty when nothing wraps it. */
	function nameTail(name) {
		const wrapped = /^(dwfrm|ctl\d+)_/i.test(name);
		if (!wrapped && !/[[\]$.:]/.test(name)) return "";
		const parts = name.split(wrapped ? /[[\]$.:_]+/ : /[[\]$.:]+/);
		for (let i = parts.length - 1; i >= 0; i--) if (/[a-z]{2}/i.test(parts[i])) return parts[i];
		return "";
	}
	function rootOf(el) {
		return el.ownerDocument ?? el;
	}
	/** Text in the siblings before the field, climbing to the parent (a table cell, a wrapper
	* div) while nothing precedes it; a sibling holding another field ends the search. */
	function textBefore(el) {
		let node = el;
		for (let depth = 0; node && depth < 3; depth++) {
			let text = "";
			let count = 0;
			for (let s = node.previousSibling; s && count < 4 && text.length < 120; s = s.previousSibling) {
				count++;
				if (s.nodeType === 1 && holdsField(s)) break;
				text = `${boundedText(s)} ${text}`;
			}
			if (text.trim()) return text;
			const parent = node.parentElement;
			const tag = parent?.tagName.toUpperCase();
			if (!parent || tag === "FORM" || tag === "BODY" || tag === "FIELDSET") break;
			node = parent;
		}
		return "";
	}
	/** A radio's or checkbox's words usually follow it (`<input type=radio> Female`). */
	function textAfter(el) {
		let text = "";
		let count = 0;
		for (let s = el.nextSibling; s && count < 3 && text.length < 120; s = s.nextSibling) {
			count++;
			if (s.nodeType === 1 && holdsField(s)) break;
			text += ` ${boundedText(s)}`;
		}
		return text;
	}
	function readOptions(select) {
		const texts = [];
		let count = 0;
		const visit = (parent) => {
			for (let c = parent.firstElementChild; c && count < MAX_OPTIONS_COUNTED; c = c.nextElementSibling) {
				const tag = c.tagName.toUpperCase();
				if (tag === "OPTGROUP") visit(c);
				else if (tag === "OPTION") {
					count++;
					if (texts.length < MAX_OPTIONS) texts.push(normalize(optionText(c).replace(/\+\s?\d/, " dial $&")));
				}
			}
		};
		visit(select);
		return {
			texts,
			count
		};
	}
	/** An option's own text nodes (boundedText skips options on purpose), else its value. */
	function optionText(option) {
		let text = "";
		for (let c = option.firstChild; c && text.length < 120; c = c.nextSibling) if (c.nodeType === 3) text += c.nodeValue ?? "";
		return text.trim() || (option.getAttribute("value") ?? "");
	}
	// utils/forms/wording.ts
	/** @module The words a person reads around a form, sorted by where they stand (its submit
	* button, its heading, its legend, its accessible name, the dialog or section it sits in, the
	* page title, its action path, its own names), read from the DOM with bounded work.
	* `purpose.ts` weighs them against the word tables in the background; no words live here. */
	var HEADING = /^H[1-6]$/;
	/** Containers whose heading names what is inside (a sign-up dialog, a newsletter aside). */
	var CONTAINER = /^(DIALOG|SECTION|ASIDE|ARTICLE)$/;
	var CONTAINER_ROLE = /^(dialog|alertdialog|region|complementary)$/;
	/** Every cue of the form, normalised and capped. */
	function formCues(form) {
		const attr = (el, name) => el.getAttribute(name) ?? "";
		const raw = {};
		const add = (cue, text) => raw[cue] = `${raw[cue] ?? ""} ${normalize(text)}`;
		for (const el of wordingElements(form)) {
			const tag = el.tagName.toUpperCase();
			if (tag === "LEGEND") add("legend", boundedText(el));
			else if (HEADING.test(tag) || attr(el, "role") === "heading") add(raw.heading ? "inner" : "heading", boundedText(el));
			else add("submit", `${attr(el, "value") || attr(el, "alt")} ${boundedText(el)}`);
		}
		if (!raw.heading) add("heading", headingBefore(form));
		add("aria", `${attr(form, "aria-label")} ${labelledBy(form)}`);
		add("context", containerName(form));
		add("title", form.ownerDocument?.title ?? "");
		add("action", attr(form, "action").replace(/^[a-z]+:\/\/[^/]*/i, ""));
		add("attrs", `${attr(form, "id")} ${attr(form, "name")} ${attr(form, "class")}`);
		const cues = {};
		for (const [cue, text] of Object.entries(raw)) if (text.trim()) cues[cue] = text.trim();
		return cues;
	}
	/** Every cue in one string (older callers and the field-based fallback read this). */
	function formWording(form, cues = formCues(form)) {
		return Object.values(cues).join(" ");
	}
	function labelledBy(el) {
		const root = el.getRootNode?.();
		return (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).slice(0, 3).map((id) => {
			const target = id && root?.getElementById ? root.getElementById(id) : null;
			return target ? boundedText(target) : "";
		}).join(" ");
	}
	/** The nearest heading among the few elements before `el` or its parent. */
	function headingBefore(el) {
		for (let node = el, depth = 0; node && depth < 2; node = node.parentElement) {
			depth++;
			let prev = node.previousElementSibling;
			for (let i = 0; prev && i < 3; i++, prev = prev.previousElementSibling) if (HEADING.test(prev.tagName.toUpperCase())) return boundedText(prev);
		}
		return "";
	}
	/** The name of the dialog or section the form sits in: its accessible name, else its first
	* heading, else its id and class ("newsletter-modal"). */
	function containerName(form) {
		let el = form.parentElement;
		for (let depth = 0; el && depth < 12; depth++, el = el.parentElement) {
			const tag = el.tagName.toUpperCase();
			if (tag === "BODY" || tag === "MAIN") break;
			if (!CONTAINER.test(tag) && !CONTAINER_ROLE.test(el.getAttribute("role") ?? "")) continue;
			const name = `${el.getAttribute("aria-label") ?? ""} ${labelledBy(el)}`;
			if (name.trim()) return name;
			const heading = el.querySelector("h1, h2, h3, h4, h5, h6, [role=heading]");
			if (heading) return boundedText(heading);
			return `${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`.slice(0, 200);
		}
		return "";
	}
	var WORDING = /^(BUTTON|H[1-6]|LEGEND)$/;
	/** The first few buttons, submit inputs, headings and legends in the form, looking at a bounded
	* number of elements (one manual walk: cheaper than a selector query, and safe on huge forms). */
	function wordingElements(form) {
		const found = [];
		let visited = 0;
		let el = form.firstElementChild;
		while (el && found.length < 10 && ++visited < 3e3) {
			const tag = el.tagName.toUpperCase();
			const type = (el.getAttribute("type") ?? "").toLowerCase();
			if (tag === "INPUT" ? type === "submit" || type === "image" : isWording(el, tag, type)) found.push(el);
			let next = el.firstElementChild;
			while (!next && el && el !== form) {
				next = el.nextElementSibling;
				if (!next) el = el.parentElement;
			}
			el = next;
		}
		return found;
	}
	function isWording(el, tag, type) {
		if (tag === "BUTTON") return type !== "reset";
		return WORDING.test(tag) || el.getAttribute("role") === "heading";
	}
	// utils/forms/extract.ts
	/** @module The DOM half of the forms analysis: one bounded walk turns a page into plain data
	* (`PageFeatures`). The content script runs only this and sends the result to the background,
	* where the word tables live; the CLI and the demo page run it and analyse in place. */
	/** In a live page (the content script), past this many fields the rest are not judged: fields
	* inside forms come first, since loose fields only matter to the insecure-page check. The CLI
	* reads saved pages whole. */
	var MAX_FIELDS = 3e3;
	var PASTE_BLOCK = /return\s*false|preventdefault|returnvalue\s*=\s*false/i;
	var NOT_FILLED = /* @__PURE__ */ new Set([
		"hidden",
		"submit",
		"image",
		"reset",
		"button"
	]);
	/** `extractPage`, plus the form elements in index order: forms inside open shadow roots come
	* after `document.forms` (whose indexes they keep), so a finding's `form` finds its element. */
	function extractPageElements(doc, url, maxFields = Infinity) {
		const scan = scanPage(doc);
		const ctx = describeContext(scan);
		const where = pageLocation(scan.baseHref, url);
		return {
			features: {
				fields: limit(scan.fields.map((el, i) => snapshotField(el, ctx, scan.owners.get(el) ?? null, i)), maxFields),
				forms: scan.forms.map((el, index) => snapshotForm(el, index, where))
			},
			forms: scan.forms
		};
	}
	function limit(fields, max) {
		if (fields.length <= max) return fields;
		const inForms = fields.filter((f) => f.form !== null);
		const loose = fields.filter((f) => f.form === null);
		return [...inForms, ...loose].slice(0, max).sort((a, b) => a.index - b.index);
	}
	function snapshotField(el, ctx, form, index) {
		const features = describeField(el, ctx);
		const attr = (name) => (el.getAttribute(name) ?? "").slice(0, 200);
		return {
			index,
			features,
			tag: el.tagName.toLowerCase(),
			name: attr("name"),
			id: attr("id"),
			form,
			fillable: isFillable(el, features.type),
			pasteBlocked: PASTE_BLOCK.test(attr("onpaste"))
		};
	}
	function snapshotForm(el, index, where) {
		const cues = formCues(el);
		return {
			index,
			wording: formWording(el, cues),
			cues,
			searchRole: el.getAttribute("role") === "search",
			action: resolveAction(el, where),
			pasteBlocked: PASTE_BLOCK.test((el.getAttribute("onpaste") ?? "").slice(0, 200))
		};
	}
	/** Whether a person could fill it in, judged from markup alone (no layout in linkedom). */
	function isFillable(el, type) {
		if (NOT_FILLED.has(type) || el.hasAttribute("disabled") || el.hasAttribute("hidden")) return false;
		if (el.getAttribute("aria-hidden") === "true") return false;
		const style = (el.getAttribute("style") ?? "").replace(/\s/g, "").toLowerCase();
		return !/display:none|visibility:hidden/.test(style);
	}
	function pageLocation(baseHref, url) {
		try {
			return {
				url,
				base: baseHref ? new URL(baseHref, url).href : url
			};
		} catch {
			return {
				url,
				base: url
			};
		}
	}
	/** Where the form submits, resolved like a browser (an empty action means the page itself);
	* null for `javascript:` actions and unparsable URLs. */
	function resolveAction(form, where) {
		const action = (form.getAttribute("action") ?? "").trim();
		try {
			const resolved = action ? new URL(action, where.base) : new URL(where.url);
			return resolved.protocol === "javascript:" ? null : resolved.href;
		} catch {
			return null;
		}
	}
	// utils/settings-model.ts
	/** @module The settings model: defaults, validation of anything read back (storage can hold
	* anything), and how organisation policy overrides it. Pure: the content script and the CLI
	* import this without pulling in storage. */
	var DEFAULT_SETTINGS = Object.freeze({
		checks: DEFAULT_CHECKS,
		rangeApiUrl: "https://api.pwnedpasswords.com/range/",
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
	function isPaused(settings, hostname) {
		const host = hostname.toLowerCase();
		return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
	}
	// utils/not-a-problem.ts
	/** @module "Not a problem here": a person's word that a check's form notice is a false alarm on
	* one site. Kept in `local:notAProblem` as `{ site, check }` pairs, on this device only; the
	* content script skips those notices, and the popup lists them with an undo. Read back through
	* `normalizeNotAProblem`, because storage can hold anything. */
	var NOT_A_PROBLEM_KEY = "notAProblem";
	/** Form notices are the ones a site can get wrong about itself (a survey that really needs a
	* birth date); password notices are about the password, not the site, so they have no opt-out. */
	var NOT_A_PROBLEM_CHECKS = ["oversized-form", "insecure-form"];
	function isNotAProblemCheck(value) {
		return NOT_A_PROBLEM_CHECKS.includes(value);
	}
	function normalizeNotAProblem(raw) {
		if (!Array.isArray(raw)) return [];
		const out = [];
		for (const entry of raw) {
			if (typeof entry !== "object" || entry === null) continue;
			const { site, check } = entry;
			const host = typeof site === "string" ? normalizeSite(site) : null;
			if (host && isNotAProblemCheck(check) && !has(out, host, check)) out.push({
				site: host,
				check
			});
		}
		return out.slice(-500);
	}
	function has(list, site, check) {
		return list.some((e) => e.site === site && e.check === check);
	}
	function withNotAProblem(list, site, check) {
		const host = normalizeSite(site);
		if (!host || !isNotAProblemCheck(check) || has(list, host, check)) return [...list];
		return [...list, {
			site: host,
			check
		}].slice(-500);
	}
	/** The checks marked "not a problem" on `site`. */
	async function notAProblemOn(site) {
		const host = normalizeSite(site);
		const list = normalizeNotAProblem((await import_browser_polyfill.default.storage.local.get(NOT_A_PROBLEM_KEY))[NOT_A_PROBLEM_KEY]);
		return new Set(list.filter((e) => e.site === host).map((e) => e.check));
	}
	/** Read, repair, change, save: other pages may have written in between. */
	async function editNotAProblem(change) {
		const raw = (await import_browser_polyfill.default.storage.local.get(NOT_A_PROBLEM_KEY))[NOT_A_PROBLEM_KEY];
		await import_browser_polyfill.default.storage.local.set({ [NOT_A_PROBLEM_KEY]: change(normalizeNotAProblem(raw)) });
	}
	// utils/forms/password-words.ts
	/** @module The words that tell a new password (sign-up, change: "confirm", "neues", "répéter")
	* from the current one (login, change: "current", "altes", "actuel"), in the nine languages of
	* `keywords.ts`. One list for the content script (which notice a password field gets) and the
	* forms analysis (what a form is for). Matched against lowercase text without accents (see
	* `text.ts` `normalize`; the content script folds the same way): `bestätigen` → `bestatigen`.
	* Small on purpose: unlike `keywords.ts`, this ships in the content script. */
	/** Prefixes: `new` also matches `newpassword`, `wiederhol` matches `wiederholen`. */
	var NEW_PASSWORD_WORDS = /\b(new|confirm|conferm|repeat|retype|re ?enter|again|verify|create|choose|register|sign ?up|neu|wiederhol|bestatig|nouveau|nouvel|nuev|repet|repit|nuov|ripet|nieuw|herhaal|bevestig|nova|novo|nowe|powtorz|yeni|tekrar)/;
	/** Prefixes, plus short words that must stand alone (`alt` is not `alter`, German for age). */
	var CURRENT_PASSWORD_WORDS = /\b(current|existing|aktuell|bisherig|actuel|ancien|actual|anterior|attuale|vecchi|huidig|atual|antig|obecn|aktualn|mevcut)|\b(old|alt|alte|altes|oud|oude|stare|eski)\b/;
	// utils/content/password-fields.ts
	/** @module Which inputs hold passwords, and whether a password is being chosen (sign-up, change)
	* or entered (login): the notice differs, a login only hears about a weak password. */
	/** Fields that were ever `type=password`: "show password" buttons switch them to text. */
	var known = /* @__PURE__ */ new WeakSet();
	function isPasswordInput(el) {
		if (!(el instanceof HTMLInputElement)) return false;
		if (el.type === "password") known.add(el);
		return known.has(el);
	}
	/** Role from the strongest signal available: `autocomplete` first, then form structure, then words. */
	function passwordRole(input) {
		const autocomplete = (input.getAttribute("autocomplete") ?? "").toLowerCase();
		if (autocomplete.includes("new-password")) return "new";
		if (autocomplete.includes("current-password")) return "current";
		const passwords = (formOf(input) ?? input.getRootNode()).querySelectorAll?.("input[type=password]").length ?? 1;
		const words = fold(describe(input));
		if (CURRENT_PASSWORD_WORDS.test(words)) return "current";
		if (passwords >= 2 || NEW_PASSWORD_WORDS.test(words)) return "new";
		return "current";
	}
	/** The text around a field that names it: attributes, label, the form's submit wording. */
	function describe(input) {
		return [
			input.name,
			input.id,
			input.placeholder,
			input.getAttribute("aria-label") ?? "",
			input.closest("label")?.textContent ?? "",
			input.id ? input.ownerDocument.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? "" : "",
			formOf(input)?.querySelector("button[type=submit], input[type=submit], button:not([type])")?.textContent ?? "",
			formOf(input)?.getAttribute("action") ?? ""
		].join(" ").slice(0, 2e3);
	}
	/** As `normalize` (forms/text.ts) folds, in a few bytes: `oldPassword` → `old password`,
	* `Bestätigen` → `bestatigen`, `re-enter` → `re enter`. */
	function fold(text) {
		return text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/ł/g, "l").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ");
	}
	/** The field's form (its `form` owner, else the enclosing one). */
	function formOf(input) {
		return input.form ?? input.closest("form");
	}
	// utils/content/visibility.ts
	/** @module Whether a person can see an element: rendered (a box, not `display: none`,
	* `visibility: hidden`, `hidden`, `inert` or behind a modal dialog) and not scrolled out of view,
	* in the viewport or in any scrolling container around it. Unseen fields and forms are neither
	* judged nor noticed. */
	/** Rendered and interactive, wherever it is scrolled. */
	function isRendered(el) {
		if (!el.isConnected || el.closest("[inert]")) return false;
		const modal = el.ownerDocument.querySelector("dialog:modal");
		if (modal && !modal.contains(el)) return false;
		if (typeof el.checkVisibility === "function" && !el.checkVisibility({
			checkVisibilityCSS: true,
			visibilityProperty: true
		})) return false;
		const box = el.getBoundingClientRect();
		return box.width > 0 && box.height > 0;
	}
	/** The part of `el`'s box a person can see (viewport coordinates), or null when none is. */
	function visibleBox(el, view = window) {
		if (!isRendered(el)) return null;
		const box = el.getBoundingClientRect();
		let top = Math.max(box.top, 0);
		let left = Math.max(box.left, 0);
		let bottom = Math.min(box.bottom, view.innerHeight);
		let right = Math.min(box.right, view.innerWidth);
		for (let node = parentOf(el); node && top < bottom && left < right; node = parentOf(node)) {
			if (node === el.ownerDocument.documentElement || node === el.ownerDocument.body) continue;
			const style = view.getComputedStyle(node);
			if (style.overflowX === "visible" && style.overflowY === "visible") continue;
			const clip = node.getBoundingClientRect();
			top = Math.max(top, clip.top);
			left = Math.max(left, clip.left);
			bottom = Math.min(bottom, clip.bottom);
			right = Math.min(right, clip.right);
		}
		return top < bottom && left < right ? box : null;
	}
	function parentOf(node) {
		if (node.parentElement) return node.parentElement;
		const root = node.getRootNode();
		return root instanceof ShadowRoot ? root.host : null;
	}
	// utils/content/calm.ts
	/** A second new-password field in the same form (confirm, repeat): the first one speaks. */
	function isRepeatPassword(field) {
		if (passwordRole(field) !== "new") return false;
		const scope = field.form ?? field.getRootNode();
		for (const other of scope.querySelectorAll("input")) {
			if (other === field) return false;
			if (isPasswordInput(other) && passwordRole(other) === "new") return true;
		}
		return false;
	}
	/** On a login, only a breach is news; "checking" and "not found" would be noise on every sign-in. */
	function isQuietBreachState(field, state) {
		return passwordRole(field) === "current" && (state === "not-found" || state === "checking");
	}
	/**
	* The form findings to show. On a non-secure page the insecure notice is about the page: one,
	* at the first visible form with a password or sensitive field. Forms with nothing sensitive
	* never count there, and forms a person cannot see are not judged until they can.
	*/
	function calmFindings(findings, isSecureContext, anchorFor) {
		const shown = [];
		let pageNotice = false;
		for (const finding of findings) {
			const anchor = anchorFor(finding);
			if (!anchor || !isRendered(anchor)) continue;
			if (finding.check === "insecure-form" && !isSecureContext) {
				if (pageNotice || !finding.kinds?.length) continue;
				pageNotice = true;
			}
			shown.push({
				finding,
				anchor
			});
		}
		return shown;
	}
	// utils/content/roots.ts
	/** @module Pages hide fields inside shadow roots; these helpers see through the open ones
	* (closed ones are private to the page, and we respect that). */
	/** Every open shadow root under `root`, including nested ones, looking at `limit` elements at
	* most. One native `querySelectorAll('*')` per root and a property read per element: about
	* five times faster than a TreeWalker, which crosses into the DOM for every step. */
	function openShadowRoots(root, limit = 5e3) {
		const found = [];
		const pending = [];
		if (root instanceof Element && root.shadowRoot) found.push(root.shadowRoot);
		if ("querySelectorAll" in root) pending.push(root);
		pending.push(...found);
		let seen = 0;
		while (pending.length && seen < limit) {
			const all = pending.pop().querySelectorAll("*");
			for (let i = 0; i < all.length && seen < limit; i++, seen++) {
				const shadow = all[i].shadowRoot;
				if (shadow) {
					found.push(shadow);
					pending.push(shadow);
				}
			}
		}
		return found;
	}
	/** The element an event really happened on, even inside an open shadow root. */
	function eventTarget(event) {
		return event.composedPath()[0] ?? event.target;
	}
	// utils/content/throttle.ts
	/** @module Rate limits for work triggered by the page: the page decides how often it mutates,
	* we decide how often we look. */
	/** Runs `fn` at most once per `ms`, always once more after the last call (trailing edge). */
	function throttle(fn, ms) {
		let timer;
		let last = 0;
		const run = () => {
			timer = void 0;
			last = Date.now();
			fn();
		};
		const throttled = () => {
			if (timer !== void 0) return;
			timer = setTimeout(run, Math.max(0, last + ms - Date.now()));
		};
		throttled.cancel = () => {
			clearTimeout(timer);
			timer = void 0;
		};
		return throttled;
	}
	// utils/content/observe.ts
	/** @module Watches the page for added content without polling: one MutationObserver per root
	* (the document and each open shadow root), batched and throttled. */
	/** Our own notices come and go; they are not page changes. */
	var NOTICE_TAG = "heedful-notice";
	/** What the forms check reads; a page that churns anything else (tickers, feeds, ads) costs a
	* glance at each changed node and no re-scan. */
	var FORMISH = /* @__PURE__ */ new Set([
		"input",
		"select",
		"textarea",
		"form",
		"label",
		"fieldset"
	]);
	var FORMISH_SELECTOR = "input, select, textarea, form, label";
	function touchesForms(node) {
		if (!(node instanceof Element) || node.localName === NOTICE_TAG) return false;
		if (FORMISH.has(node.localName)) return true;
		return node.firstElementChild !== null && node.querySelector(FORMISH_SELECTOR) !== null;
	}
	/** Calls `onChange` at most every `ms` while the page adds or removes form content. */
	function watchDom(onChange, ms = 300) {
		const watched = /* @__PURE__ */ new WeakSet();
		const notify = throttle(onChange, ms);
		const observer = new MutationObserver((records) => {
			let relevant = false;
			records.forEach((record, i) => {
				for (const node of record.addedNodes) {
					relevant ||= touchesForms(node);
					if (i < 500 && node instanceof Element && node.localName !== NOTICE_TAG) for (const shadow of openShadowRoots(node, 200)) add(shadow);
				}
				if (!relevant) relevant = [...record.removedNodes].some(touchesForms);
			});
			if (relevant) notify();
		});
		const add = (root) => {
			if (watched.has(root)) return;
			watched.add(root);
			observer.observe(root, {
				childList: true,
				subtree: true
			});
		};
		add(document);
		for (const shadow of openShadowRoots(document)) add(shadow);
		return {
			add,
			stop: () => {
				observer.disconnect();
				notify.cancel();
			}
		};
	}
	// utils/content/form-watcher.tsx
	/** The form checks that show notices, from the registry. */
	var FORM_NOTICE_CHECKS = NOTICE_CHECKS.filter((id) => checkById(id).kind === "form");
	/** Hidden forms with findings are looked at this often until they show (no event says when
	* `visibility` or `inert` changes). */
	var UNSEEN_RECHECK_MS = 500;
	function watchForms(ctx, board, services) {
		let last = "";
		let forms = [];
		let judged = [];
		let lastMuted = /* @__PURE__ */ new Set();
		let unseen = [];
		let recheck;
		const anyAppeared = () => unseen.some(isRendered) && show(judged, lastMuted);
		const appear = new ResizeObserver(anyAppeared);
		const run = async (force = false) => {
			const extracted = extractPageElements(document, location.href, MAX_FIELDS);
			const features = extracted.features;
			forms = extracted.forms;
			const signature = JSON.stringify(features);
			if (signature === last && !force) return;
			last = signature;
			const findings = await services.analyze(features).catch(() => null);
			const muted = await notAProblemOn(location.hostname).catch(() => /* @__PURE__ */ new Set());
			if (findings && ctx.isValid) show(findings, muted);
		};
		const show = (findings, muted) => {
			judged = findings;
			lastMuted = muted;
			waitForUnseen(findings);
			const shown = new Map(FORM_NOTICE_CHECKS.map((id) => [id, /* @__PURE__ */ new Set()]));
			for (const { finding, anchor } of calmFindings(findings, isSecureContext, (f) => anchorFor(f, forms))) {
				const state = formNoticeState(finding.check);
				if (!state || muted.has(finding.check)) continue;
				const check = finding.check;
				shown.get(check).add(anchor);
				board.show(anchor, check, {
					state,
					kinds: check === "oversized-form" ? finding.kinds : void 0,
					view: (dismiss) => /* @__PURE__ */ u(FormNotice, {
						finding,
						t: t$2,
						onDismiss: dismiss,
						onLearn: () => services.openLesson(finding.lesson ?? checkById(check).lesson),
						onNotAProblem: () => {
							dismiss();
							editNotAProblem((list) => withNotAProblem(list, location.hostname, check));
						}
					})
				});
			}
			for (const [check, anchors] of shown) board.retain(check, anchors);
		};
		const waitForUnseen = (findings) => {
			appear.disconnect();
			unseen = findings.map((f) => anchorFor(f, forms)).filter((a) => !!a && !isRendered(a));
			for (const anchor of unseen) appear.observe(anchor);
			clearInterval(recheck);
			recheck = unseen.length ? setInterval(anyAppeared, UNSEEN_RECHECK_MS) : void 0;
		};
		const watch = watchDom(() => void run(), 1e3);
		ctx.onInvalidated(() => {
			watch.stop();
			appear.disconnect();
			clearInterval(recheck);
		});
		return { rerun: () => void run(true) };
	}
	/** The form itself, or for fields outside any form the first password field among them. */
	function anchorFor(finding, forms) {
		if (finding.form !== null) return forms[finding.form] ?? null;
		return [...document.querySelectorAll("input[type=password]")].find((el) => !el.form) ?? null;
	}
	// components/notices/method-words.ts
	/** Message keys cannot contain hyphens. */
	var methodKey = (method) => `mfaMethod_${method.replace(/-/g, "_")}`;
	function methodWords(methods, t) {
		const words = methods.map((m) => t(methodKey(m)));
		if (words.length <= 1) return words.join("");
		return t("mfaMethodList", [words.slice(0, -1).join(", "), words.at(-1)]);
	}
	// components/notices/MfaNotice.tsx
	function MfaNotice({ notice, t, onAnswer, onDismiss, onLearn }) {
		const answer = (choice) => byPerson(() => onAnswer(choice));
		return /* @__PURE__ */ u(NoticeFrame, {
			tone: "info",
			role: "status",
			title: t("mfaNoticeTitle", [notice.site]),
			dismissLabel: t("noticeDismiss"),
			learnLabel: t("noticeLearnMore"),
			onDismiss,
			onLearn,
			children: [
				/* @__PURE__ */ u("p", {
					class: "text",
					children: t("mfaNoticeMethods", [methodWords(notice.methods, t)])
				}),
				notice.guide && /* @__PURE__ */ u("p", {
					class: "fix",
					children: /* @__PURE__ */ u("a", {
						href: notice.guide,
						target: "_blank",
						rel: "noopener noreferrer",
						children: t("mfaNoticeGuide")
					})
				}),
				/* @__PURE__ */ u("p", {
					class: "fix",
					children: t("mfaNoticeSource")
				}),
				/* @__PURE__ */ u("div", {
					class: "actions",
					children: [
						/* @__PURE__ */ u("button", {
							type: "button",
							onClick: answer("done"),
							children: t("mfaNoticeDone")
						}),
						/* @__PURE__ */ u("button", {
							type: "button",
							onClick: answer("later"),
							children: t("mfaNoticeLater")
						}),
						/* @__PURE__ */ u("button", {
							type: "button",
							onClick: answer("never"),
							children: t("mfaNoticeNever")
						})
					]
				})
			]
		});
	}
	// utils/content/submit-watcher.ts
	/** One press of Enter fires keydown and then submit: report it once. */
	var SAME_SUBMIT_MS = 1e3;
	function watchTrustedSubmits(ctx, onSubmit) {
		let lastReport = -Infinity;
		let lastGesture = -Infinity;
		const report = (form) => {
			if (performance.now() - lastReport < SAME_SUBMIT_MS) return;
			lastReport = performance.now();
			onSubmit(form, hasFilledPassword(form ?? document));
		};
		const origin = (event) => event.composedPath()[0];
		const listen = (type, handler) => ctx.addEventListener(window, type, handler, { capture: true });
		listen("keydown", (event) => {
			if (!event.isTrusted || event.key !== "Enter") return;
			lastGesture = performance.now();
			const field = origin(event);
			if (field instanceof HTMLInputElement && field.type === "password") report(field.form);
		});
		listen("click", (event) => {
			if (!event.isTrusted) return;
			lastGesture = performance.now();
			const target = origin(event);
			const button = target instanceof Element ? target.closest(SUBMIT_BUTTON) : null;
			if (button) report(button.form ?? null);
		});
		listen("submit", (event) => {
			if (event.isTrusted && performance.now() - lastGesture < SAME_SUBMIT_MS && event.target instanceof HTMLFormElement) report(event.target);
		});
	}
	/** Submit buttons only: a "show password" toggle (`type=button`) is not a sign-in. */
	var SUBMIT_BUTTON = "button:not([type]), button[type=submit], input[type=submit], input[type=image]";
	function hasFilledPassword(root) {
		return [...root.querySelectorAll("input[type=password]")].some((field) => field.value !== "");
	}
	/** The password fields a sending covers: its form's, or, for sign-in pages without a `<form>`,
	* the document's and its open shadow roots' (bounded: a page can hold thousands of inputs). */
	function passwordFieldsOf(form) {
		return (form ? [form] : [document, ...openShadowRoots(document, 200)]).flatMap((scope) => [...scope.querySelectorAll("input")]).filter((input) => isPasswordInput(input)).slice(0, 50);
	}
	// utils/content/mfa-watcher.tsx
	/** Long enough for a script-driven sign-in to answer, short enough to still be "right after". */
	var ASK_AFTER_SUBMIT_MS = 2500;
	function watchSignIns(ctx, board, services) {
		const top = window === window.top;
		const ask = async () => {
			const notice = top && services.enabled() ? await services.take().catch(() => null) : null;
			if (!notice || !ctx.isValid) return;
			const anchor = document.documentElement;
			board.show(anchor, "mfa-available", {
				state: "available",
				view: (dismiss) => /* @__PURE__ */ u(MfaNotice, {
					notice,
					t: t$2,
					onAnswer: (choice) => {
						services.answer(choice).catch(() => void 0);
						dismiss();
					},
					onDismiss: dismiss,
					onLearn: () => services.openLesson(notice.lesson)
				})
			});
		};
		watchTrustedSubmits(ctx, (_form, hasPassword) => {
			if (!hasPassword || !services.enabled()) return;
			services.signedIn().catch(() => void 0);
			if (top) ctx.setTimeout(() => void ask(), ASK_AFTER_SUBMIT_MS);
		});
		return { ask };
	}
	// utils/content/no-auto-mount.ts
	/** @module Stands in for `@1natsu/wait-element`, which WXT bundles only for `ui.autoMount()`.
	* Heedful mounts notices itself and never calls autoMount, and those ~2.5 KiB (gzipped) would be
	* paid by every page: the content script's budget is 20 KiB. Calling it fails loudly. */
	function waitElement() {
		throw new Error("autoMount is not used by Heedful");
	}
	var isExist = (element) => Boolean(element);
	var isNotExist = (element) => !element;
	// node_modules/wxt/dist/utils/content-script-ui/shared.mjs
	function applyPosition(root, positionedElement, options) {
		if (options.position === "inline") return;
		if (options.zIndex != null) root.style.zIndex = String(options.zIndex);
		root.style.overflow = "visible";
		root.style.position = "relative";
		root.style.width = "0";
		root.style.height = "0";
		root.style.display = "block";
		if (positionedElement) if (options.position === "overlay") {
			positionedElement.style.position = "absolute";
			if (options.alignment?.startsWith("bottom-")) positionedElement.style.bottom = "0";
			else positionedElement.style.top = "0";
			if (options.alignment?.endsWith("-right")) positionedElement.style.right = "0";
			else positionedElement.style.left = "0";
		} else {
			positionedElement.style.position = "fixed";
			positionedElement.style.top = "0";
			positionedElement.style.bottom = "0";
			positionedElement.style.left = "0";
			positionedElement.style.right = "0";
		}
	}
	function getAnchor(options) {
		if (options.anchor == null) return document.body;
		let resolved = typeof options.anchor === "function" ? options.anchor() : options.anchor;
		if (typeof resolved === "string") if (resolved.startsWith("/")) return document.evaluate(resolved, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue ?? void 0;
		else return document.querySelector(resolved) ?? void 0;
		return resolved ?? void 0;
	}
	function mountUi(root, options) {
		const anchor = getAnchor(options);
		if (anchor == null) throw Error("Failed to mount content script UI: could not find anchor element");
		switch (options.append) {
			case void 0:
			case "last":
				anchor.append(root);
				break;
			case "first":
				anchor.prepend(root);
				break;
			case "replace":
				anchor.replaceWith(root);
				break;
			case "after":
				anchor.parentElement?.insertBefore(root, anchor.nextElementSibling);
				break;
			case "before":
				anchor.parentElement?.insertBefore(root, anchor);
				break;
			default: options.append(anchor, root);
		}
	}
	function createMountFunctions(baseFunctions, options) {
		let autoMountInstance;
		const stopAutoMount = () => {
			autoMountInstance?.stopAutoMount();
			autoMountInstance = void 0;
		};
		const mount = () => {
			baseFunctions.mount();
		};
		const unmount = baseFunctions.remove;
		const remove = () => {
			stopAutoMount();
			baseFunctions.remove();
		};
		const autoMount = (autoMountOptions) => {
			if (autoMountInstance) logger$1.warn("autoMount is already set.");
			autoMountInstance = autoMountUi({
				mount,
				unmount,
				stopAutoMount
			}, {
				...options,
				...autoMountOptions
			});
		};
		return {
			mount,
			remove,
			autoMount
		};
	}
	function autoMountUi(uiCallbacks, options) {
		const abortController = new AbortController();
		const EXPLICIT_STOP_REASON = "explicit_stop_auto_mount";
		const _stopAutoMount = () => {
			abortController.abort(EXPLICIT_STOP_REASON);
			options.onStop?.();
		};
		let resolvedAnchor = typeof options.anchor === "function" ? options.anchor() : options.anchor;
		if (resolvedAnchor instanceof Element) throw Error("autoMount and Element anchor option cannot be combined. Avoid passing `Element` directly or `() => Element` to the anchor.");
		async function observeElement(selector) {
			let isAnchorExist = !!getAnchor(options);
			if (isAnchorExist) uiCallbacks.mount();
			while (!abortController.signal.aborted) try {
				isAnchorExist = !!await waitElement(selector ?? "body", {
					customMatcher: () => getAnchor(options) ?? null,
					detector: isAnchorExist ? isNotExist : isExist,
					signal: abortController.signal
				});
				if (isAnchorExist) uiCallbacks.mount();
				else {
					uiCallbacks.unmount();
					if (options.once) uiCallbacks.stopAutoMount();
				}
			} catch (error) {
				if (abortController.signal.aborted && abortController.signal.reason === EXPLICIT_STOP_REASON) break;
				else throw error;
			}
		}
		observeElement(resolvedAnchor);
		return { stopAutoMount: _stopAutoMount };
	}
	// node_modules/wxt/dist/utils/split-shadow-root-css.mjs
	/** @module wxt/utils/split-shadow-root-css */
	var AT_RULE_BLOCKS = /(\s*@(property|font-face)[\s\S]*?{[\s\S]*?})/gm;
	/**
	* Given a CSS string that will be loaded into a shadow root, split it into two
	* parts:
	*
	* - `documentCss`: CSS that needs to be applied to the document (like
	*   `@property`)
	* - `shadowCss`: CSS that needs to be applied to the shadow root
	*
	* @param css
	*/
	function splitShadowRootCss(css) {
		return {
			documentCss: Array.from(css.matchAll(AT_RULE_BLOCKS), (m) => m[0]).join("").trim(),
			shadowCss: css.replace(AT_RULE_BLOCKS, "").trim()
		};
	}
	// node_modules/@webext-core/isolated-element/lib/index.js
	var import_is_potential_custom_element_name = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
		var regex = /^[a-z](?:[\.0-9_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*-(?:[\x2D\.0-9_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*$/;
		var isPotentialCustomElementName = function(string) {
			return regex.test(string);
		};
		module.exports = isPotentialCustomElementName;
	})))(), 1);
	var __async = (__this, __arguments, generator) => {
		return new Promise((resolve, reject) => {
			var fulfilled = (value) => {
				try {
					step(generator.next(value));
				} catch (e) {
					reject(e);
				}
			};
			var rejected = (value) => {
				try {
					step(generator.throw(value));
				} catch (e) {
					reject(e);
				}
			};
			var step = (x) => x.done ? resolve(x.value) : Promise.resolve(x.value).then(fulfilled, rejected);
			step((generator = generator.apply(__this, __arguments)).next());
		});
	};
	var ALLOWED_SHADOW_ELEMENTS = [
		"article",
		"aside",
		"blockquote",
		"body",
		"div",
		"footer",
		"h1",
		"h2",
		"h3",
		"h4",
		"h5",
		"h6",
		"header",
		"main",
		"nav",
		"p",
		"section",
		"span"
	];
	function createIsolatedElement(options) {
		return __async(this, null, function* () {
			const { name, mode = "closed", css, isolateEvents = false } = options;
			if (!ALLOWED_SHADOW_ELEMENTS.includes(name) && !(0, import_is_potential_custom_element_name.default)(name)) throw Error(`"${name}" cannot have a shadow root attached to it. It must be two words and kebab-case, with a few exceptions. See https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to`);
			const parentElement = document.createElement(name);
			const shadow = parentElement.attachShadow({ mode });
			const isolatedElement = document.createElement("html");
			const body = document.createElement("body");
			const head = document.createElement("head");
			if (css) {
				const style = document.createElement("style");
				if ("url" in css) style.textContent = yield fetch(css.url).then((res) => res.text());
				else style.textContent = css.textContent;
				head.appendChild(style);
			}
			isolatedElement.appendChild(head);
			isolatedElement.appendChild(body);
			shadow.appendChild(isolatedElement);
			if (isolateEvents) (Array.isArray(isolateEvents) ? isolateEvents : [
				"keydown",
				"keyup",
				"keypress"
			]).forEach((eventType) => {
				body.addEventListener(eventType, (e) => e.stopPropagation());
			});
			return {
				parentElement,
				shadow,
				isolatedElement: body
			};
		});
	}
	// node_modules/wxt/dist/utils/content-script-ui/shadow-root.mjs
	/** @module wxt/utils/content-script-ui/shadow-root */
	/**
	* Create a content script UI inside a
	* [`ShadowRoot`](https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot).
	*
	* > This function is async because it has to load the CSS via a network call.
	*
	* @see https://wxt.dev/guide/essentials/content-scripts.html#shadow-root
	*/
	async function createShadowRootUi(ctx, options) {
		const instanceId = Math.random().toString(36).substring(2, 15);
		const css = [];
		if (!options.inheritStyles) css.push(`/* WXT Shadow Root Reset */ :host{all:initial !important;}`);
		if (options.css) css.push(options.css);
		if (ctx.options?.cssInjectionMode === "ui") {
			const entryCss = await loadCss();
			css.push(entryCss.replaceAll(":root", ":host"));
		}
		const { shadowCss, documentCss } = splitShadowRootCss(css.join("\n").trim());
		const { isolatedElement: uiContainer, parentElement: shadowHost, shadow } = await createIsolatedElement({
			name: options.name,
			css: { textContent: shadowCss },
			mode: options.mode ?? "open",
			isolateEvents: options.isolateEvents
		});
		let mounted;
		const mount = () => {
			mountUi(shadowHost, options);
			applyPosition(shadowHost, shadow.querySelector("html"), options);
			if (documentCss && !document.querySelector(`style[wxt-shadow-root-document-styles="${instanceId}"]`)) {
				const style = document.createElement("style");
				style.textContent = documentCss;
				style.setAttribute("wxt-shadow-root-document-styles", instanceId);
				(document.head ?? document.body).append(style);
			}
			mounted = options.onMount(uiContainer, shadow, shadowHost);
		};
		const remove = () => {
			options.onRemove?.(mounted);
			shadowHost.remove();
			document.querySelector(`style[wxt-shadow-root-document-styles="${instanceId}"]`)?.remove();
			while (uiContainer.lastChild) uiContainer.removeChild(uiContainer.lastChild);
			mounted = void 0;
		};
		const mountFunctions = createMountFunctions({
			mount,
			remove
		}, options);
		ctx.onInvalidated(remove);
		return {
			shadow,
			shadowHost,
			uiContainer,
			...mountFunctions,
			get mounted() {
				return mounted;
			}
		};
	}
	/** Load the CSS for the current entrypoint. */
	async function loadCss() {
		const url = import_browser_polyfill.default.runtime.getURL(`/content-scripts/engine.css`);
		try {
			return await (await fetch(url)).text();
		} catch (err) {
			logger$1.warn(`Failed to load styles @ ${url}. Did you forget to import the stylesheet in your entrypoint?`, err);
			return "";
		}
	}
	// components/notices/styles.ts
	/** @module Notice styles, inlined into each shadow root: no stylesheet fetch, so nothing has to
	* be web-accessible (a page could otherwise probe for the extension). Kept minified because
	* every page pays for these bytes; WXT adds the `:host { all: initial }` reset itself. */
	var NOTICE_CSS = `.notice{--bg:#ffffff;--fg:#1b1b1f;--muted:#4a4a55;--border:#c9c9d3;--weak:#b3261e;--fair:#8a5a00;--strong:#1e6b34;--accent:#0b57d0;box-sizing:border-box;max-width:360px;min-width:220px;margin:0;padding:8px 10px;border:1px solid var(--border);border-left:4px solid var(--tone,var(--accent));border-radius:6px;background:var(--bg);color:var(--fg);font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.18);text-align:left;direction:ltr}@media (prefers-color-scheme:dark){.notice{--bg:#1f1f24;--fg:#f1f1f4;--muted:#c4c4ce;--border:#4a4a55;--weak:#ffb4ab;--fair:#f5c26b;--strong:#8fd19e;--accent:#a8c7fa}}.notice[data-tone=weak]{--tone:var(--weak)}.notice[data-tone=fair]{--tone:var(--fair)}.notice[data-tone=strong]{--tone:var(--strong)}.head{display:flex;align-items:center;gap:8px}.title{font-weight:600;flex:1;margin:0;font-size:13px}.text{margin:4px 0 0;color:var(--fg)}.fix{margin:4px 0 0;color:var(--muted)}.meter{display:flex;gap:3px;margin-top:6px}.seg{flex:1;height:6px;border-radius:3px;background:var(--track,#dcdce3)}.seg.on{background:var(--bar,var(--tone))}@media (prefers-color-scheme:dark){.meter{--track:#45454f}.notice[data-tone=weak] .meter{--bar:#ff6b5e}}button,a{font:inherit;color:var(--accent)}.dismiss{background:none;border:0;padding:2px 6px;cursor:pointer;font-size:16px;line-height:1;color:var(--muted);border-radius:4px}.learn{background:none;border:0;padding:0;cursor:pointer;text-decoration:underline;margin-top:4px}button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}.not-a-problem{margin-right:14px;color:var(--muted)}.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}.actions button{background:none;border:1px solid var(--border);border-radius:4px;padding:2px 8px;cursor:pointer}`;
	/** The host itself, for notices anchored in the top layer. WXT's `:host { all: initial
	* !important }` beats any inline style on the host, so the host's box is set here, from inside,
	* with a more specific `:host()` that also beats every page rule; the board moves it through
	* custom properties, which `all` leaves alone. The shadow root's own `body` loses its default
	* margin, so the host's box is the card's box. */
	var ANCHORED_HOST_CSS = `:host(heedful-notice){position:fixed!important;display:var(--heedful-display,none)!important;top:var(--heedful-top,0px)!important;left:var(--heedful-left,0px)!important;right:auto!important;bottom:auto!important;width:max-content!important;max-width:calc(100vw - 16px)!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;background:transparent!important;overflow:visible!important;visibility:visible!important;opacity:1!important;z-index:2147483647!important;pointer-events:auto!important;box-sizing:border-box!important}html,body{margin:0;padding:0}`;
	/** Top-left corner of each notice, in stacking order. */
	function placeStack({ anchor, sizes, kind, rtl, viewport }) {
		const total = sizes.reduce((sum, s) => sum + s.height, 0) + 4 * Math.max(0, sizes.length - 1);
		const bottom = anchor.top + anchor.height;
		const above = anchor.top - 4 - total;
		const below = bottom + 4;
		const fitsBelow = below + total <= viewport.height - 8;
		const fitsAbove = above >= 8;
		let top;
		if (kind === "form") top = clamp(fitsAbove ? above : 8, 8, viewport.height - total);
		else top = fitsBelow || !fitsAbove ? below : above;
		const upward = top < anchor.top;
		const boxes = [];
		for (const size of upward ? [...sizes].reverse() : sizes) {
			const left = rtl ? anchor.left + anchor.width - size.width : anchor.left;
			boxes.push({
				top,
				left: clamp(left, 8, viewport.width - size.width - 8),
				width: size.width,
				height: size.height
			});
			top += size.height + 4;
		}
		return upward ? boxes.reverse() : boxes;
	}
	/** `min` wins over `max` when the box is larger than the space. */
	function clamp(value, min, max) {
		return Math.max(min, Math.min(value, max));
	}
	// utils/content/layer.ts
	/** @module Keeps stacks of notice hosts beside their anchors in the top layer (`popover`), so
	* modal dialogs, `overflow: hidden`, transforms and z-index cannot hide them and nothing in the
	* page moves. Re-lays them on scroll (inner containers too), resize, zoom and re-layout, at
	* most once a frame; hides them while their anchor cannot be seen. */
	/** A field can move without any event (an animation, a banner above it): looked at this often
	* while notices exist. Reads only; nothing is written unless something moved. */
	var RECHECK_MS = 400;
	var Layer = class {
		stacks;
		options;
		abort = new AbortController();
		frame = 0;
		timer;
		recheck;
		sizes;
		sights;
		guards = [];
		/** Last `--heedful-*` values written per host, so unchanged positions cost no style work. */
		written = /* @__PURE__ */ new WeakMap();
		constructor(stacks, options) {
			this.stacks = stacks;
			this.options = options;
			const schedule = () => this.schedule();
			const listen = {
				capture: true,
				passive: true,
				signal: this.abort.signal
			};
			window.addEventListener("scroll", schedule, listen);
			window.addEventListener("resize", schedule, listen);
			window.visualViewport?.addEventListener("resize", schedule, listen);
			this.sizes = new ResizeObserver(schedule);
			this.sizes.observe(document.documentElement);
			this.sights = new IntersectionObserver(schedule, { threshold: [0, 1] });
			const restore = new MutationObserver(() => this.restore());
			restore.observe(document.documentElement, { childList: true });
			const dialogs = new MutationObserver(() => this.raise());
			dialogs.observe(document.documentElement, {
				attributes: true,
				attributeFilter: ["open"],
				subtree: true
			});
			this.guards.push(restore, dialogs);
		}
		watch(anchor) {
			this.sights.observe(anchor);
			this.sizes.observe(anchor);
			this.recheck ??= setInterval(() => this.layout(), RECHECK_MS);
		}
		unwatch(anchor) {
			this.sights.unobserve(anchor);
			this.sizes.unobserve(anchor);
			if (!this.stacks().length) {
				clearInterval(this.recheck);
				this.recheck = void 0;
			}
		}
		/** Lays out on the next frame (or soon, in a tab that gets no frames). */
		schedule() {
			if (this.timer !== void 0) return;
			const run = () => this.layout();
			this.frame = requestAnimationFrame(run);
			this.timer = setTimeout(run, 100);
		}
		layout() {
			cancelAnimationFrame(this.frame);
			clearTimeout(this.timer);
			this.timer = void 0;
			const viewport = viewportSize();
			for (const { anchor, hosts } of this.stacks()) {
				if (!anchor.isConnected) {
					this.options.onGone(anchor);
					continue;
				}
				const home = hosts.filter((host) => this.house(host, anchor));
				if (!visibleBox(anchor)) {
					home.forEach(conceal);
					continue;
				}
				home.forEach(reveal);
				const sizes = home.map((host) => {
					const box = host.getBoundingClientRect();
					return {
						width: box.width,
						height: box.height
					};
				});
				placeStack({
					anchor: anchor.getBoundingClientRect(),
					sizes,
					kind: anchor instanceof HTMLFormElement || anchor === document.documentElement ? "form" : "field",
					rtl: getComputedStyle(anchor).direction === "rtl",
					viewport
				}).forEach((box, i) => this.move(home[i], box.top, box.left));
			}
		}
		stop() {
			this.abort.abort();
			this.sizes.disconnect();
			this.sights.disconnect();
			for (const guard of this.guards) guard.disconnect();
			clearInterval(this.recheck);
			cancelAnimationFrame(this.frame);
			clearTimeout(this.timer);
		}
		move(host, top, left) {
			const key = `${Math.round(top)},${Math.round(left)}`;
			if (this.written.get(host) === key) return;
			this.written.set(host, key);
			host.style.setProperty("--heedful-top", `${Math.round(top)}px`, "important");
			host.style.setProperty("--heedful-left", `${Math.round(left)}px`, "important");
		}
		/** Whether `host` is where it belongs, putting it there if we moved it last or the page did
		* and the restore budget allows. */
		house(host, anchor) {
			const home = homeFor(anchor);
			const parent = host.parentNode;
			if (parent === home) return true;
			if (!(parent === document.documentElement || parent instanceof HTMLDialogElement) && !this.options.canRestore(host)) return false;
			home.append(host);
			this.written.delete(host);
			return true;
		}
		/** Puts back hosts the page removed or moved, as far as the budget allows. */
		restore() {
			for (const { anchor, hosts } of this.stacks()) for (const host of hosts) this.house(host, anchor);
			this.schedule();
		}
		/** Top-layer order is showing order: re-showing puts our notices above a dialog opened later. */
		raise() {
			for (const { hosts } of this.stacks()) hosts.filter(isOpen).forEach(conceal);
			this.layout();
		}
	};
	/** The root element; inside a modal dialog, the dialog: everything outside it is inert, even a
	* popover shown above it. */
	function homeFor(anchor) {
		return anchor.closest("dialog:modal") ?? document.documentElement;
	}
	function viewportSize() {
		const root = document.documentElement;
		const standards = document.compatMode === "CSS1Compat";
		return {
			width: standards ? root.clientWidth || innerWidth : innerWidth,
			height: standards ? root.clientHeight || innerHeight : innerHeight
		};
	}
	function isOpen(host) {
		try {
			return host.matches(":popover-open");
		} catch {
			return false;
		}
	}
	function conceal(host) {
		host.style.setProperty("--heedful-display", "none", "important");
		if (isOpen(host)) host.hidePopover();
	}
	/** Shown in the top layer. Without an invoker (`source`): focus order is `notice-keys.ts`'s, the
	* same in every browser. */
	function reveal(host) {
		host.style.setProperty("--heedful-display", "block", "important");
		if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
		if (isOpen(host) || typeof host.showPopover !== "function") return;
		try {
			host.showPopover();
		} catch {}
	}
	// utils/content/notice-keys.ts
	/** @module Keyboard access to notices, which live at the end of the document (top layer): Tab
	* from a field enters its notice and leaves it for the next field; Shift+Tab from a form's first
	* field enters the form's notice, which sits above it. Focus order follows what a person sees,
	* without tabbing through the whole page. */
	/** The buttons of one anchor's visible notices, in stacking order. */
	function noticeButtons(hosts) {
		return hosts.filter((host) => host.getBoundingClientRect().height > 0).flatMap((host) => [...host.shadowRoot?.querySelectorAll("button") ?? []]);
	}
	/** The first control of a form a person can tab to. */
	function firstControl(form) {
		for (const el of form.elements) if (el instanceof HTMLElement && el.tabIndex >= 0 && !el.matches(":disabled, [type=hidden]")) return el;
		return null;
	}
	/** Moves focus for a Tab press, or returns false to leave it to the browser. */
	function moveFocus(event, target, stacks) {
		const back = event.shiftKey;
		const own = stacks.get(target);
		if (own && !back) return focusFirst(noticeButtons(own), event);
		const form = target.form;
		const formStack = form && stacks.get(form);
		if (formStack && back && firstControl(form) === target) return focusFirst(noticeButtons(formStack).reverse(), event);
		for (const [anchor, hosts] of stacks) {
			const buttons = noticeButtons(hosts);
			const at = buttons.indexOf(target);
			if (at < 0) continue;
			const next = buttons[at + (back ? -1 : 1)];
			if (next) return focusFirst([next], event);
			const field = anchor instanceof HTMLFormElement ? firstControl(anchor) : anchor;
			if (!(field instanceof HTMLElement)) return false;
			field.focus({ preventScroll: true });
			if (!(anchor instanceof HTMLFormElement ? back : !back)) event.preventDefault();
			return true;
		}
		return false;
	}
	function focusFirst(candidates, event) {
		const first = candidates[0];
		if (!first) return false;
		event.preventDefault();
		first.focus();
		return true;
	}
	// utils/content/notices.ts
	/** @module The notice board: one `heedful-notice` shadow-root host per (anchor, check), shown in
	* the top layer (`popover`) beside what it is about, kept readable and in place even when the
	* page styles, removes or moves it. */
	/** Stacking order under one anchor: the registry's. */
	var ORDER = NOTICE_CHECKS;
	/** Checks not in `ORDER` stack after the others rather than not at all. */
	var rank = (check) => {
		const at = ORDER.indexOf(check);
		return at < 0 ? ORDER.length : at;
	};
	/** A page that keeps deleting notices wins eventually; we don't fight forever: per notice, and
	* for the whole page (a tug of war on every keystroke made Firefox drop key presses). */
	var MAX_RESTORES = 20;
	var MAX_RESTORES_PER_PAGE = 40;
	var NoticeBoard = class {
		ctx;
		entries = /* @__PURE__ */ new Map();
		restoresLeft = MAX_RESTORES_PER_PAGE;
		layer;
		constructor(ctx) {
			this.ctx = ctx;
			this.layer = new Layer(() => this.stacks(), {
				onGone: (anchor) => this.drop(anchor),
				canRestore: (host) => this.mayRestore(host)
			});
			ctx.onInvalidated(() => this.layer.stop());
			ctx.addEventListener(document, "keydown", (event) => this.onKey(event), { capture: true });
		}
		show(anchor, check, content) {
			let byCheck = this.entries.get(anchor);
			if (!byCheck) this.entries.set(anchor, byCheck = /* @__PURE__ */ new Map());
			const entry = byCheck.get(check) ?? {
				anchor,
				check,
				content,
				restores: 0
			};
			byCheck.set(check, entry);
			entry.content = content;
			if (entry.dismissed !== void 0 && entry.dismissed !== content.state) entry.dismissed = void 0;
			if (entry.dismissed !== void 0) return;
			this.layer.watch(anchor);
			if (entry.ui) this.paint(entry);
			else this.create(entry);
		}
		hide(anchor, check) {
			const byCheck = this.entries.get(anchor);
			const entry = byCheck?.get(check);
			if (!byCheck || !entry) return;
			byCheck.delete(check);
			if (!byCheck.size) {
				this.entries.delete(anchor);
				this.layer.unwatch(anchor);
			}
			entry.ui?.remove();
			this.layer.schedule();
		}
		/** Removes every notice whose anchor is not in `keep` (forms that left the page). */
		retain(check, keep) {
			for (const [anchor, byCheck] of this.entries) if (byCheck.has(check) && !keep.has(anchor)) this.hide(anchor, check);
		}
		clear() {
			for (const [anchor, byCheck] of [...this.entries]) for (const check of [...byCheck.keys()]) this.hide(anchor, check);
		}
		async create(entry) {
			const ui = await createShadowRootUi(this.ctx, {
				name: "heedful-notice",
				position: "inline",
				css: ANCHORED_HOST_CSS + NOTICE_CSS,
				append: (_anchor, host) => document.documentElement.append(host),
				onMount: () => void 0
			});
			if (this.entries.get(entry.anchor)?.get(entry.check) !== entry || entry.ui) return;
			entry.ui = ui;
			ui.mount();
			ui.shadowHost.dataset.check = entry.check;
			this.paint(entry);
		}
		paint(entry) {
			const host = entry.ui.shadowHost;
			const { content } = entry;
			host.dataset.state = content.state;
			if (content.kinds) host.dataset.kinds = content.kinds.join(" ");
			else delete host.dataset.kinds;
			R(content.view(() => this.dismiss(entry)), entry.ui.uiContainer);
			this.layer.layout();
		}
		dismiss(entry) {
			entry.dismissed = entry.content.state;
			const host = entry.ui?.shadowHost;
			if (host && host.shadowRoot?.activeElement && entry.anchor instanceof HTMLElement) entry.anchor.focus({ preventScroll: true });
			entry.ui?.remove();
			entry.ui = void 0;
			this.layer.schedule();
		}
		stacks() {
			return [...this.entries].map(([anchor, byCheck]) => ({
				anchor,
				hosts: [...byCheck.values()].sort((a, b) => rank(a.check) - rank(b.check)).flatMap((entry) => entry.ui?.shadowHost ?? [])
			}));
		}
		drop(anchor) {
			for (const check of [...this.entries.get(anchor)?.keys() ?? []]) this.hide(anchor, check);
		}
		/** Puts back a notice the page removed or moved, a bounded number of times. */
		mayRestore(host) {
			for (const byCheck of this.entries.values()) for (const entry of byCheck.values()) if (entry.ui?.shadowHost === host) {
				if (entry.restores >= MAX_RESTORES || this.restoresLeft <= 0) return false;
				entry.restores++;
				this.restoresLeft--;
				return true;
			}
			return false;
		}
		/** Tab moves between a field and its notices; Escape dismisses the notices of the focused
		* field (or of the notice focus is in). */
		onKey(event) {
			if (!event.isTrusted || event.defaultPrevented || event.altKey || event.ctrlKey) return;
			const target = eventTarget(event);
			if (!(target instanceof Element)) return;
			if (event.key === "Tab") {
				if (moveFocus(event, target, new Map(this.stacks().map(({ anchor, hosts }) => [anchor, hosts])))) event.stopPropagation();
				return;
			}
			if (event.key !== "Escape") return;
			const field = [...this.entries.keys()];
			const inNotice = (entry) => entry.ui?.shadowHost.shadowRoot?.contains(target);
			const hits = [];
			for (const anchor of field) {
				const byCheck = this.entries.get(anchor);
				for (const entry of byCheck.values()) if (entry.ui && (anchor === target || inNotice(entry))) hits.push(entry);
			}
			if (!hits.length) {
				const form = target.form ?? target.closest("form");
				for (const entry of form && this.entries.get(form)?.values() || []) if (entry.ui) hits.push(entry);
			}
			if (!hits.length) return;
			event.preventDefault();
			event.stopPropagation();
			for (const entry of hits) this.dismiss(entry);
		}
	};
	// components/notices/BreachNotice.tsx
	/** `rate-limited` → `breachReasonRateLimited`: one message key per reason. */
	var reasonKey = (reason) => "breachReason" + reason.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
	function BreachNotice({ result, t, onDismiss, onLearn }) {
		const common = {
			dismissLabel: t("noticeDismiss"),
			onDismiss
		};
		switch (result.state) {
			case "checking": return /* @__PURE__ */ u(NoticeFrame, {
				...common,
				tone: "info",
				role: "status",
				title: t("breachChecking"),
				children: /* @__PURE__ */ u("p", {
					class: "fix",
					children: t("breachCheckingPrivacy")
				})
			});
			case "breached": return /* @__PURE__ */ u(NoticeFrame, {
				...common,
				tone: "weak",
				role: "alert",
				title: t("breachBreachedTitle"),
				learnLabel: t("noticeLearnMore"),
				onLearn,
				children: [/* @__PURE__ */ u("p", {
					class: "text",
					children: [
						result.count === 1 ? t("breachBreachedOnce") : t("breachBreachedCount", [result.count.toLocaleString()]),
						" ",
						t("breachNotThisSite")
					]
				}), /* @__PURE__ */ u("p", {
					class: "fix",
					children: [
						t("breachAdviceChange"),
						" ",
						t("breachAdviceManager"),
						" ",
						t("breachAdviceMfa")
					]
				})]
			});
			case "not-found": return /* @__PURE__ */ u(NoticeFrame, {
				...common,
				tone: "strong",
				role: "status",
				title: t("breachNotFoundTitle"),
				children: /* @__PURE__ */ u("p", {
					class: "fix",
					children: t("breachNotFoundBody")
				})
			});
			default: return /* @__PURE__ */ u(NoticeFrame, {
				...common,
				tone: "info",
				role: "status",
				title: t("breachUnavailableTitle"),
				children: /* @__PURE__ */ u("p", {
					class: "fix",
					children: [
						t("breachUnavailableBody"),
						" ",
						t(reasonKey(result.reason))
					]
				})
			});
		}
	}
	new Set("www com org net edu gov co uk io app login accounts account secure signin auth id my mail localhost".split(" "));
	/** A username or email, split the way people reuse them: the local part on `. _ - +` and
	* digits, parts of 3+ characters. `ana.lopez@mail.com` → ana.lopez, ana, lopez. */
	function personWords(value) {
		const trimmed = value.trim().toLowerCase().slice(0, 100);
		if (!trimmed) return [];
		const local = trimmed.split("@")[0] ?? trimmed;
		return [.../* @__PURE__ */ new Set([local, ...nameParts(local)])];
	}
	function nameParts(value) {
		return value.split(/[^\p{L}]+/u).filter((p) => p.length >= 3);
	}
	// utils/checks/password-strength/describe.ts
	var REASON_KEY = {
		"too-short": "pwReasonTooShort",
		common: "pwReasonCommon",
		season: "pwPatternSeason",
		month: "pwPatternMonth",
		weekday: "pwPatternWeekday",
		holiday: "pwPatternHoliday",
		"first-name": "pwPatternFirstName",
		"common-word": "pwPatternCommonWord",
		keyboard: "pwPatternKeyboard",
		"site-name": "pwPatternSiteName",
		"your-name": "pwPatternYourName",
		context: "pwReasonContext",
		guessable: "pwReasonGuessable",
		"offline-guessable": "pwReasonOfflineGuessable",
		"could-be-longer": "pwReasonCouldBeLonger",
		strong: null
	};
	var SUGGESTION_KEY = {
		passphrase: "pwFixPassphrase",
		"random-words": "pwFixRandomWords",
		"password-manager": "pwFixManager",
		"avoid-context": "pwFixAvoidContext",
		longer: "pwFixLonger"
	};
	function describeRating(rating, t) {
		const key = REASON_KEY[rating.reason];
		return {
			warning: key ? t(key) : null,
			suggestions: rating.suggestions.map((s) => t(SUGGESTION_KEY[s]))
		};
	}
	// components/notices/PasswordNotice.tsx
	var TITLE = {
		weak: "pwVerdictWeak",
		fair: "pwVerdictFair",
		strong: "pwVerdictStrong"
	};
	function PasswordNotice({ rating, role, t, onDismiss, onLearn }) {
		const { warning, suggestions } = describeRating(rating, t);
		return /* @__PURE__ */ u(NoticeFrame, {
			tone: rating.verdict,
			role: "status",
			title: t(TITLE[rating.verdict]),
			dismissLabel: t("noticeDismiss"),
			learnLabel: rating.verdict === "strong" ? void 0 : t("noticeLearnMore"),
			onDismiss,
			onLearn,
			children: [
				role === "new" && /* @__PURE__ */ u(StrengthMeter, {
					rating,
					label: t("pwMeterLabel"),
					text: t(TITLE[rating.verdict])
				}),
				role === "current" && rating.verdict === "weak" && /* @__PURE__ */ u("p", {
					class: "text",
					children: t("pwLoginWeak")
				}),
				warning && /* @__PURE__ */ u("p", {
					class: "text",
					children: warning
				}),
				rating.verdict === "strong" && /* @__PURE__ */ u("p", {
					class: "text",
					children: t("pwStrongNote")
				}),
				suggestions[0] && /* @__PURE__ */ u("p", {
					class: "fix",
					children: suggestions[0]
				})
			]
		});
	}
	/** Lit segments out of four: weak always lights one, in red, so the weakest password still
	* shows a bar (a native `<meter>` at 0 draws nothing in light mode and a white bar in dark). */
	function litSegments({ verdict, score }) {
		if (verdict === "weak") return 1;
		return verdict === "strong" ? 4 : Math.min(Math.max(score - 1, 2), 3);
	}
	function StrengthMeter(props) {
		const { rating, label, text } = props;
		const lit = litSegments(rating);
		return /* @__PURE__ */ u("div", {
			class: "meter",
			role: "meter",
			"aria-label": label,
			"aria-valuemin": 0,
			"aria-valuemax": 4,
			"aria-valuenow": lit,
			"aria-valuetext": text,
			children: [
				1,
				2,
				3,
				4
			].map((i) => /* @__PURE__ */ u("span", { class: i <= lit ? "seg on" : "seg" }, i))
		});
	}
	// utils/checks/password-strength/show.ts
	function shouldShowRating(role, rating) {
		return role === "new" || rating.verdict === "weak";
	}
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
	// utils/lessons/open.ts
	/** @module "Learn why", from a page's notice or the demo page: the background opens the lesson in
	* the popup page, in a tab (`utils/background/lifecycle.ts`). The one copy for every caller. */
	function openLesson(id) {
		sendMessage("openLesson", { id }).catch(() => void 0);
	}
	// utils/content/password-view.tsx
	/** @module Turns password results into notices on the board, calmly (`calm.ts`): a confirm
	* field repeats nothing, and a login hears about a breach only when there is one. */
	function passwordView(board) {
		return {
			rating(field, role, rating) {
				if (!rating || !shouldShowRating(role, rating) || isRepeatPassword(field)) return board.hide(field, "password-strength");
				board.show(field, "password-strength", {
					state: rating.verdict,
					view: (dismiss) => /* @__PURE__ */ u(PasswordNotice, {
						rating,
						role,
						t: t$2,
						onDismiss: dismiss,
						onLearn: () => openLesson(passwordStrength.lesson)
					})
				});
			},
			breach(field, result) {
				if (!result || isRepeatPassword(field) || isQuietBreachState(field, result.state)) return board.hide(field, "breached-password");
				board.show(field, "breached-password", {
					state: result.state,
					view: (dismiss) => /* @__PURE__ */ u(BreachNotice, {
						result,
						t: t$2,
						onDismiss: dismiss,
						onLearn: () => openLesson(breachedPassword.lesson)
					})
				});
			}
		};
	}
	// components/notices/ReuseNotice.tsx
	/** More names than this would hide the advice; the popup lists them all. */
	var MAX_NAMED = 3;
	function ReuseNotice({ result, t, onDismiss, onLearn }) {
		const common = {
			dismissLabel: t("noticeDismiss"),
			onDismiss,
			onLearn
		};
		if (result.state === "lookalike") return /* @__PURE__ */ u(NoticeFrame, {
			...common,
			tone: "weak",
			role: "alert",
			title: t("reuseLookalikeTitle"),
			learnLabel: t("noticeLearnMore"),
			children: /* @__PURE__ */ u("p", {
				class: "text",
				children: t("reuseLookalikeBody", [result.site])
			})
		});
		const named = result.sites.slice(0, MAX_NAMED).join(", ");
		const more = result.sites.length - MAX_NAMED;
		return /* @__PURE__ */ u(NoticeFrame, {
			...common,
			tone: "fair",
			role: "alert",
			title: t("reuseReusedTitle"),
			learnLabel: t("noticeLearnMore"),
			children: [/* @__PURE__ */ u("p", {
				class: "text",
				children: t("reuseReusedBody", [more > 0 ? t("reuseAndMore", [named, more]) : named])
			}), /* @__PURE__ */ u("p", {
				class: "fix",
				children: t("reuseReusedAdvice")
			})]
		});
	}
	// utils/content/password-reuse.tsx
	var ID = passwordReuse.id;
	/** Returns the settle hook for `watchPasswords`. */
	function watchReuse(ctx, board, services) {
		const on = () => services.settings().checks[ID];
		const typed = /* @__PURE__ */ new WeakMap();
		const byPerson = (field, value) => typed.get(field) === value;
		ctx.addEventListener(document, "input", (event) => {
			const target = eventTarget(event);
			if (!event.isTrusted || !isPasswordInput(target)) return;
			typed.set(target, target.value);
			board.hide(target, ID);
		}, { capture: true });
		watchTrustedSubmits(ctx, (form, hasPassword) => {
			if (!hasPassword || !on()) return;
			for (const password of passwordsToRemember(form, byPerson)) services.remember(password).catch(() => void 0);
		});
		return (field, value) => {
			if (!on() || !byPerson(field, value)) return board.hide(field, ID);
			services.check(value).catch(() => ({ state: "none" })).then((result) => {
				if (field.value !== value || result.state === "none") return board.hide(field, ID);
				const lesson = result.state === "lookalike" ? "phishing" : passwordReuse.lesson;
				board.show(field, ID, {
					state: result.state,
					view: (dismiss) => /* @__PURE__ */ u(ReuseNotice, {
						result,
						t: t$2,
						onDismiss: dismiss,
						onLearn: () => services.openLesson(lesson)
					})
				});
			});
		};
	}
	/** The password the site will hold after this submit: the new one on a sign-up or change
	* form, the current one on a sign-in. */
	function passwordsToRemember(form, byPerson) {
		const fields = passwordFieldsOf(form).filter((f) => f.value && byPerson(f, f.value));
		const fresh = fields.filter((f) => passwordRole(f) === "new");
		return [...new Set((fresh.length ? fresh : fields).map((f) => f.value))].slice(0, 2);
	}
	// utils/content/typed-context.ts
	/** @module Context words for a password: what the person typed into the same form (the
	* background adds the site's name from the sender's URL). Only fields the user really typed in
	* are read (a trusted `input` event marked them). */
	var typedIn = /* @__PURE__ */ new WeakSet();
	function markTyped(el) {
		typedIn.add(el);
	}
	var IDENTITY = /user|login|email|e-mail|mail|account|nick|name|benutzer|usuario|utilisateur|utente|gebruiker|usuário|kullanıcı/i;
	function contextWords(password) {
		const words = [];
		const scope = password.form ?? password.getRootNode();
		if (!(scope instanceof HTMLFormElement || scope instanceof Document || scope instanceof ShadowRoot)) return words;
		const candidates = scope.querySelectorAll("input:not([type=password]):not([type=hidden])");
		for (const input of [...candidates].slice(0, 200)) {
			if (!typedIn.has(input)) continue;
			const hint = `${input.type} ${input.name} ${input.id} ${input.autocomplete}`;
			if (input.type === "email" || IDENTITY.test(hint)) words.push(...personWords(input.value));
		}
		return [...new Set(words)].slice(0, 50);
	}
	// utils/content/password-watcher.ts
	/** Typing that pauses this long counts as settled (the contract allows up to 1.5 s). */
	var SETTLE_MS = 1e3;
	function watchPasswords(ctx, services, view) {
		const states = /* @__PURE__ */ new WeakMap();
		const stateOf = (field) => {
			let state = states.get(field);
			if (!state) states.set(field, state = {
				role: passwordRole(field),
				inFlight: false,
				again: false,
				typing: false
			});
			return state;
		};
		const budget = ratingBudget(ctx);
		const rate = async (field) => {
			const state = stateOf(field);
			if (state.inFlight) {
				state.again = true;
				return;
			}
			state.again = false;
			const value = field.value;
			if (!value || !services.settings().checks["password-strength"]) return view.rating(field, "current", null);
			if (!budget.take(() => void rate(field))) return;
			state.inFlight = true;
			try {
				const rating = await services.rate(value.slice(0, 128), contextWords(field));
				const live = state.role === "new" || !state.typing;
				if (field.value === value && live) view.rating(field, state.role, rating);
			} catch {} finally {
				state.inFlight = false;
			}
			if (state.again && (state.role === "new" || !state.typing)) rate(field);
		};
		const settle = async (field) => {
			const state = stateOf(field);
			clearTimeout(state.settleTimer);
			state.typing = false;
			const value = field.value;
			if (state.role === "current") rate(field);
			if (!value || value === state.settled) return;
			services.settled?.(field, value);
			if (!services.settings().checks["breached-password"]) return view.breach(field, null);
			state.settled = value;
			view.breach(field, { state: "checking" });
			let result;
			try {
				result = await services.checkBreach(value);
			} catch {
				result = {
					state: "unavailable",
					reason: "offline"
				};
			}
			if (field.value === value) view.breach(field, result);
		};
		/** A person typed in `target` (also called for typing the sentinel saw before we ran). */
		const typed = (target) => {
			if (target instanceof HTMLInputElement) markTyped(target);
			if (!isPasswordInput(target)) return;
			const state = stateOf(target);
			state.typing = true;
			if (target.value !== state.settled) view.breach(target, null);
			if (state.role === "new") rate(target);
			else view.rating(target, state.role, null);
			clearTimeout(state.settleTimer);
			state.settleTimer = setTimeout(() => void settle(target), SETTLE_MS);
		};
		ctx.addEventListener(document, "input", (event) => {
			if (event.isTrusted) typed(eventTarget(event));
		}, { capture: true });
		ctx.addEventListener(document, "focusout", (event) => {
			if (!event.isTrusted) return;
			const target = eventTarget(event);
			if (isPasswordInput(target) && states.get(target)?.settleTimer !== void 0) settle(target);
		}, { capture: true });
		return { typed };
	}
	/** A token bucket per frame. Out of tokens, the latest request waits for the next one (only
	* one waits: a newer request replaces it), so the last value typed is still rated. */
	function ratingBudget(ctx) {
		let tokens = 40;
		let last = Date.now();
		let waiting = null;
		let timer = false;
		const refill = () => {
			const now = Date.now();
			const earned = Math.floor((now - last) / 150);
			if (earned > 0) {
				tokens = Math.min(40, tokens + earned);
				last += earned * 150;
			}
			if (tokens === 40) last = now;
		};
		return { take(retry) {
			refill();
			if (tokens > 0) {
				tokens--;
				return true;
			}
			waiting = retry;
			if (!timer) {
				timer = true;
				ctx.setTimeout(() => {
					timer = false;
					const next = waiting;
					waiting = null;
					next?.();
				}, 150);
			}
			return false;
		} };
	}
	// entrypoints/engine/index.ts
	/** Injected by the background into one frame, once the sentinel (`entrypoints/sentinel.ts`) saw
	* something to do there. It only wires: finding fields, the checks and the notices live in
	* utils/. Heavy analysis (zxcvbn-ts, hashing, the network) stays in the background. */
	var engine_default = defineUnlistedScript(() => {
		const state = handover();
		if (state.engine) return;
		state.engine = true;
		start(new ContentScriptContext("engine"), state);
	});
	function start(ctx, state) {
		ignoreForgedRestarts(ctx);
		let settings = DEFAULT_SETTINGS;
		const board = new NoticeBoard(ctx);
		const active = () => isPaused(settings, location.hostname) ? {
			...settings,
			checks: OFF
		} : settings;
		const passwords = watchPasswords(ctx, {
			rate: (password, userInputs) => sendMessage("ratePassword", {
				password,
				userInputs
			}),
			checkBreach: (password) => sendMessage("checkBreach", { password }),
			settings: active,
			settled: watchReuse(ctx, board, {
				settings: active,
				remember: (password) => sendMessage("rememberPassword", { password }),
				check: (password) => sendMessage("checkReuse", { password }),
				openLesson
			})
		}, passwordView(board));
		const forms = watchForms(ctx, board, {
			analyze: (features) => sendMessage("analyzeForms", {
				url: location.href,
				isSecureContext,
				features
			}),
			openLesson
		});
		const signIns = watchSignIns(ctx, board, {
			enabled: () => active().checks["mfa-available"],
			signedIn: () => sendMessage("signedIn"),
			take: () => sendMessage("takeMfaNotice"),
			answer: (choice) => sendMessage("answerMfaNotice", { choice }),
			openLesson
		});
		const refresh = async () => {
			settings = await sendMessage("getSettings").catch(() => settings);
			if (isPaused(settings, location.hostname)) board.clear();
			forms.rerun();
		};
		const onChanged = (changes, area) => {
			if (area === "local" && "settings" in changes) refresh();
			else if (area === "local" && "notAProblem" in changes) forms.rerun();
		};
		import_browser_polyfill.default.storage.onChanged.addListener(onChanged);
		ctx.onInvalidated(() => import_browser_polyfill.default.storage.onChanged.removeListener(onChanged));
		refresh().then(() => {
			for (const field of state.typed.splice(0)) if (field.isConnected) passwords.typed(field);
			signIns.ask();
		});
	}
	var OFF = everyCheck(() => false);
	// \0virtual:wxt-unlisted-script-entrypoint?/work/main/entrypoints/engine/index.ts
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
			result = engine_default.main();
			if (result instanceof Promise) result = result.catch((err) => {
				logger.error(`The unlisted script "engine" crashed on startup!`, err);
				throw err;
			});
		} catch (err) {
			logger.error(`The unlisted script "engine" crashed on startup!`, err);
			throw err;
		}
		return result;
	})();
})();

engine;