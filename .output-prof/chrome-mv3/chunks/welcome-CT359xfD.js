import { E as import_browser_polyfill, T as S, _ as t, g as u, n as CHECK_IDS, w as R } from "./checks-Bp57AzPe.js";
import { i as useStoredValue, l as normalizeSettings, o as settingsItem, s as DEFAULT_SETTINGS, t as editSettings } from "./settings-edit-DbrmKK9s.js";
import { n as Shield, t as Icon } from "./Icon-CSgysndv.js";
// components/welcome/OptionalChecks.tsx
/** @module The checks that ship switched off, each with a switch and one line on what it does.
* Rendered at once with the defaults; the stored choice fills in as soon as it is read. */
/** Message keys cannot contain hyphens; the same keys as the options page. */
var key = (id, suffix = "") => `optionsCheck_${id.replace(/-/g, "_")}${suffix}`;
function OptionalChecks({ ids }) {
	const settings = useStoredValue(settingsItem, normalizeSettings) ?? DEFAULT_SETTINGS;
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "optional-heading",
		class: "card",
		children: [/* @__PURE__ */ u("h2", {
			id: "optional-heading",
			children: t("welcomeOptionalHeading")
		}), /* @__PURE__ */ u("ul", {
			class: "optional",
			children: ids.map((id) => /* @__PURE__ */ u("li", { children: [/* @__PURE__ */ u("label", { children: [
				/* @__PURE__ */ u("input", {
					type: "checkbox",
					checked: settings.checks[id],
					"aria-describedby": `${id}-hint`,
					onChange: (event) => {
						const on = event.currentTarget.checked;
						editSettings((s) => ({
							...s,
							checks: {
								...s.checks,
								[id]: on
							}
						}));
					}
				}),
				" ",
				t(key(id))
			] }), /* @__PURE__ */ u("p", {
				id: `${id}-hint`,
				class: "muted",
				children: t(key(id, "_hint"))
			})] }, id))
		})]
	});
}
// components/welcome/WelcomeApp.tsx
/** @module The welcome page, opened once on install: what Heedful checks, what stays on the
* device, the features that are off until switched on, how to pin the button, and the demo. */
/** What each check looks at, in the order a reader meets them. */
var CHECKED = [
	["welcomeCheckStrength", "key"],
	["welcomeCheckBreach", "breach"],
	["welcomeCheckForms", "form"],
	["welcomeCheckInsecure", "unlock"],
	["welcomeCheckMfa", "key"]
];
function WelcomeApp() {
	const optional = CHECK_IDS.filter((id) => !DEFAULT_SETTINGS.checks[id]);
	return /* @__PURE__ */ u(S, { children: [/* @__PURE__ */ u("header", {
		class: "hero",
		children: [/* @__PURE__ */ u(Shield, { size: 56 }), /* @__PURE__ */ u("div", { children: [/* @__PURE__ */ u("h1", { children: t("welcomeHeading") }), /* @__PURE__ */ u("p", {
			class: "lead",
			children: t("welcomeLead")
		})] })]
	}), /* @__PURE__ */ u("main", { children: [
		/* @__PURE__ */ u("section", {
			"aria-labelledby": "checks-heading",
			class: "card",
			children: [/* @__PURE__ */ u("h2", {
				id: "checks-heading",
				children: t("welcomeChecksHeading")
			}), /* @__PURE__ */ u("ul", {
				class: "checked",
				children: CHECKED.map(([key, icon]) => /* @__PURE__ */ u("li", { children: [/* @__PURE__ */ u(Icon, { name: icon }), /* @__PURE__ */ u("span", { children: t(key) })] }, key))
			})]
		}),
		/* @__PURE__ */ u("section", {
			"aria-labelledby": "private-heading",
			class: "card",
			children: [/* @__PURE__ */ u("h2", {
				id: "private-heading",
				children: t("welcomePrivateHeading")
			}), /* @__PURE__ */ u("ul", {
				class: "ticks",
				children: [
					/* @__PURE__ */ u("li", { children: t("welcomePrivatePasswords") }),
					/* @__PURE__ */ u("li", { children: t("welcomePrivatePages") }),
					/* @__PURE__ */ u("li", { children: t("welcomePrivateBreach") })
				]
			})]
		}),
		optional.length > 0 && /* @__PURE__ */ u(OptionalChecks, { ids: optional }),
		/* @__PURE__ */ u("section", {
			"aria-labelledby": "pin-heading",
			class: "card",
			children: [/* @__PURE__ */ u("h2", {
				id: "pin-heading",
				children: t("welcomePinHeading")
			}), /* @__PURE__ */ u("p", { children: t("welcomePinChrome") })]
		}),
		/* @__PURE__ */ u("section", {
			"aria-labelledby": "try-heading",
			class: "card try",
			children: [
				/* @__PURE__ */ u("h2", {
					id: "try-heading",
					children: t("welcomeTryHeading")
				}),
				/* @__PURE__ */ u("p", { children: t("welcomeTryText") }),
				/* @__PURE__ */ u("p", { children: [
					/* @__PURE__ */ u("a", {
						class: "button",
						href: import_browser_polyfill.default.runtime.getURL("/demo.html"),
						children: t("welcomeTryLink")
					}),
					" ",
					/* @__PURE__ */ u("a", {
						href: import_browser_polyfill.default.runtime.getURL("/options.html"),
						children: t("welcomeSettingsLink")
					})
				] })
			]
		})
	] })] });
}
// entrypoints/welcome/main.tsx
/** @module Welcome entry (opened once, on install): language, title and styles, then the page. */
document.documentElement.lang = import_browser_polyfill.default.i18n.getUILanguage();
document.title = t("welcomeTitle");
R(/* @__PURE__ */ u(WelcomeApp, {}), document.getElementById("app"));
