import { E as import_browser_polyfill, S as h, T as S, _ as t, a as checkMessageKey, f as DEFAULT_RANGE_API_URL, g as u, i as checkById, n as CHECK_IDS, p as normalizeRangeApiUrl, w as R, x as d } from "./checks-Bp57AzPe.js";
import { a as loadPolicy, i as useStoredValue, l as normalizeSettings, o as settingsItem, r as withSitePaused, s as DEFAULT_SETTINGS, t as editSettings, u as normalizeSite } from "./settings-edit-DbrmKK9s.js";
import { r as resetProgress } from "./progress-qi6XMFfr.js";
// components/options/LockedNote.tsx
/** @module The note next to anything an organisation's policy decides. */
function LockedNote() {
	return /* @__PURE__ */ u("span", {
		class: "locked",
		children: [" ", t("optionsLockedNote")]
	});
}
// components/options/ChecksSection.tsx
/** @module One switch per check, in two groups (passwords, forms), each with one line on what it
* does; a check set by policy shows its enforced value, disabled. */
/** Form checks judge the page; every other check is about passwords and signing in. */
var GROUPS = [{
	heading: "optionsGroupPasswords",
	ids: CHECK_IDS.filter((id) => checkById(id).kind !== "form")
}, {
	heading: "optionsGroupForms",
	ids: CHECK_IDS.filter((id) => checkById(id).kind === "form")
}];
function ChecksSection({ settings, policy }) {
	const toggle = (id, on) => void editSettings((current) => ({
		...current,
		checks: {
			...current.checks,
			[id]: on
		}
	}));
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "checks-heading",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "checks-heading",
				children: t("optionsChecksHeading")
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: t("optionsChecksIntro")
			}),
			GROUPS.map((group) => /* @__PURE__ */ u("fieldset", {
				class: "group",
				children: [/* @__PURE__ */ u("legend", { children: t(group.heading) }), /* @__PURE__ */ u("ul", {
					class: "checks",
					children: group.ids.map((id) => /* @__PURE__ */ u(CheckSwitch, {
						id,
						settings,
						policy,
						toggle
					}, id))
				})]
			}, group.heading))
		]
	});
}
function CheckSwitch({ id, settings, policy, toggle }) {
	const locked = policy.checks[id];
	const hint = `${id}-hint`;
	return /* @__PURE__ */ u("li", { children: [/* @__PURE__ */ u("label", { children: [
		/* @__PURE__ */ u("input", {
			type: "checkbox",
			checked: locked ?? settings.checks[id],
			disabled: locked !== void 0,
			"aria-describedby": hint,
			onChange: (event) => toggle(id, event.currentTarget.checked)
		}),
		" ",
		t(checkMessageKey(id, "name"))
	] }), /* @__PURE__ */ u("p", {
		id: hint,
		class: "muted hint-text",
		children: [t(checkMessageKey(id, "hint")), locked !== void 0 && /* @__PURE__ */ u(LockedNote, {})]
	})] });
}
// components/options/PausedSitesSection.tsx
/** @module Sites where Heedful stays silent: add and remove the user's own; the organisation's
* are listed as locked. */
function PausedSitesSection({ settings, policy }) {
	const [draft, setDraft] = d("");
	const [error, setError] = d(false);
	const locked = policy.pausedSites ?? [];
	const add = (event) => {
		event.preventDefault();
		const site = normalizeSite(draft);
		if (!site) return setError(true);
		setError(false);
		setDraft("");
		editSettings((current) => withSitePaused(current, site, true));
	};
	const remove = (site) => void editSettings((current) => ({
		...current,
		pausedSites: current.pausedSites.filter((entry) => entry !== site)
	}));
	const own = settings.pausedSites.filter((site) => !locked.includes(site));
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "paused-heading",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "paused-heading",
				children: t("optionsPausedHeading")
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: t("optionsPausedIntro")
			}),
			/* @__PURE__ */ u("form", {
				onSubmit: add,
				class: "inline-form",
				noValidate: true,
				children: [
					/* @__PURE__ */ u("label", {
						for: "paused-site",
						children: t("optionsPausedAddLabel")
					}),
					/* @__PURE__ */ u("input", {
						id: "paused-site",
						type: "text",
						inputMode: "url",
						autoComplete: "off",
						spellcheck: false,
						placeholder: "example.com",
						value: draft,
						"aria-invalid": error,
						"aria-describedby": error ? "paused-error" : void 0,
						onInput: (event) => setDraft(event.currentTarget.value)
					}),
					/* @__PURE__ */ u("button", {
						type: "submit",
						children: t("optionsPausedAdd")
					})
				]
			}),
			error && /* @__PURE__ */ u("p", {
				id: "paused-error",
				class: "error",
				role: "alert",
				children: t("optionsPausedInvalid")
			}),
			own.length + locked.length === 0 ? /* @__PURE__ */ u("p", {
				class: "muted",
				children: t("optionsPausedEmpty")
			}) : /* @__PURE__ */ u("ul", {
				class: "sites",
				children: [locked.map((site) => /* @__PURE__ */ u("li", { children: [site, /* @__PURE__ */ u(LockedNote, {})] }, `policy-${site}`)), own.map((site) => /* @__PURE__ */ u("li", { children: [
					site,
					" ",
					/* @__PURE__ */ u("button", {
						type: "button",
						onClick: () => remove(site),
						"aria-label": t("optionsPausedRemoveLabel", [site]),
						children: t("optionsPausedRemove")
					})
				] }, site))]
			})
		]
	});
}
// components/options/ProgressSection.tsx
/** @module Reset learning progress, with a confirmation step so one stray click loses nothing. */
function ProgressSection() {
	const [step, setStep] = d("idle");
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "progress-heading",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "progress-heading",
				children: t("optionsProgressHeading")
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: t("optionsProgressIntro")
			}),
			step === "confirm" ? /* @__PURE__ */ u("div", {
				role: "group",
				"aria-labelledby": "reset-question",
				children: [
					/* @__PURE__ */ u("p", {
						id: "reset-question",
						children: t("optionsProgressConfirm")
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "danger",
						onClick: () => void resetProgress().then(() => setStep("done")),
						children: t("optionsProgressConfirmYes")
					}),
					" ",
					/* @__PURE__ */ u("button", {
						type: "button",
						onClick: () => setStep("idle"),
						children: t("optionsProgressCancel")
					})
				]
			}) : /* @__PURE__ */ u("button", {
				type: "button",
				onClick: () => setStep("confirm"),
				children: t("optionsProgressReset")
			}),
			/* @__PURE__ */ u("div", {
				role: "status",
				children: step === "done" && /* @__PURE__ */ u("p", { children: t("optionsProgressDone") })
			})
		]
	});
}
// components/options/RangeApiSection.tsx
/** @module Where the breached-password check asks. Validated before saving, because a wrong
* address would silently turn the check into "unavailable" on every page. */
function RangeApiSection({ settings, policy }) {
	const locked = policy.rangeApiUrl !== void 0;
	const stored = policy.rangeApiUrl ?? settings.rangeApiUrl;
	const [draft, setDraft] = d(stored);
	const [status, setStatus] = d("idle");
	h(() => setDraft(stored), [stored]);
	const save = (value) => {
		const url = normalizeRangeApiUrl(value);
		if (url === null) return setStatus("invalid");
		setDraft(url);
		setStatus("saved");
		editSettings((current) => ({
			...current,
			rangeApiUrl: url
		}));
	};
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "range-heading",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "range-heading",
				children: t("optionsRangeHeading")
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: t("optionsRangeIntro")
			}),
			/* @__PURE__ */ u("form", {
				class: "inline-form",
				noValidate: true,
				onSubmit: (event) => {
					event.preventDefault();
					save(draft);
				},
				children: [
					/* @__PURE__ */ u("label", {
						for: "range-url",
						children: t("optionsRangeLabel")
					}),
					/* @__PURE__ */ u("input", {
						id: "range-url",
						type: "url",
						class: "wide",
						spellcheck: false,
						autoComplete: "off",
						value: draft,
						disabled: locked,
						"aria-invalid": status === "invalid",
						"aria-describedby": status === "invalid" ? "range-error" : void 0,
						onInput: (event) => {
							setDraft(event.currentTarget.value);
							setStatus("idle");
						}
					}),
					/* @__PURE__ */ u("button", {
						type: "submit",
						disabled: locked,
						children: t("optionsRangeSave")
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						disabled: locked,
						onClick: () => save(DEFAULT_RANGE_API_URL),
						children: t("optionsRangeReset")
					})
				]
			}),
			locked && /* @__PURE__ */ u("p", {
				class: "muted",
				children: /* @__PURE__ */ u(LockedNote, {})
			}),
			/* @__PURE__ */ u("div", {
				role: "status",
				children: status === "saved" && /* @__PURE__ */ u("p", { children: t("optionsSaved") })
			}),
			status === "invalid" && /* @__PURE__ */ u("p", {
				id: "range-error",
				class: "error",
				role: "alert",
				children: t("optionsRangeInvalid")
			})
		]
	});
}
// components/options/OptionsApp.tsx
/** @module The options page: every change is saved to `settingsItem` at once, and the checks
* watch storage, so nothing needs a reload. Organisation policy is shown, never overridden.
* It draws at once with the defaults and fills in stored values and policy as they arrive
* (a cold storage read can take seconds), instead of a "Loading…" line. */
function OptionsApp() {
	const stored = useStoredValue(settingsItem, normalizeSettings);
	const [loaded, setPolicy] = d(null);
	h(() => void loadPolicy().then(setPolicy), []);
	const settings = stored ?? DEFAULT_SETTINGS;
	const policy = loaded ?? NO_POLICY;
	const managed = Object.keys(policy.checks).length > 0 || policy.rangeApiUrl !== void 0 || policy.pausedSites !== void 0;
	return /* @__PURE__ */ u(S, { children: [/* @__PURE__ */ u("header", { children: [
		/* @__PURE__ */ u("h1", { children: t("optionsTitle") }),
		/* @__PURE__ */ u("p", {
			class: "muted",
			children: t("optionsAutosave")
		}),
		managed && /* @__PURE__ */ u("p", {
			class: "policy-note",
			children: t("optionsPolicyIntro")
		})
	] }), /* @__PURE__ */ u("main", {
		"aria-busy": !stored || !loaded,
		children: [
			/* @__PURE__ */ u(ChecksSection, {
				settings,
				policy
			}),
			/* @__PURE__ */ u(PausedSitesSection, {
				settings,
				policy
			}),
			/* @__PURE__ */ u(ProgressSection, {}),
			/* @__PURE__ */ u(RangeApiSection, {
				settings,
				policy
			})
		]
	})] });
}
var NO_POLICY = { checks: {} };
// entrypoints/options/main.tsx
/** @module Options entry: language, title and styles, then the app. */
document.documentElement.lang = import_browser_polyfill.default.i18n.getUILanguage();
document.title = t("optionsTitle");
R(/* @__PURE__ */ u(OptionsApp, {}), document.getElementById("app"));
