import { g as u } from "./checks-Bp57AzPe.js";
// components/shared/Shield.tsx
var SHIELD_PATH = "M12 1.5 3 4.8v6.4c0 5.6 3.8 9.9 9 11.3 5.2-1.4 9-5.7 9-11.3V4.8z";
function Shield({ tone = "brand", size = 24 }) {
	const alert = tone === "warning" || tone === "danger";
	return /* @__PURE__ */ u("svg", {
		class: `shield shield-${tone}`,
		width: size,
		height: size,
		viewBox: "0 0 24 24",
		"aria-hidden": "true",
		focusable: "false",
		children: [/* @__PURE__ */ u("path", {
			d: SHIELD_PATH,
			fill: "currentColor"
		}), alert ? /* @__PURE__ */ u("path", {
			d: "M12 6.5v7M12 16.6v.2",
			stroke: "var(--on-shield, #fff)",
			"stroke-width": "2.4",
			"stroke-linecap": "round"
		}) : /* @__PURE__ */ u("path", {
			d: "m7.6 12 3 3 5.8-6",
			fill: "none",
			stroke: "var(--on-shield, #fff)",
			"stroke-width": "2.2",
			"stroke-linecap": "round",
			"stroke-linejoin": "round"
		})]
	});
}
// components/shared/Icon.tsx
/** @module Small line icons for cards and lists, drawn inline (no icon font, no emoji, which
* some systems draw as empty boxes). Decorative: a word always says the same thing. */
var PATHS = {
	key: "M14.5 9.5a4 4 0 1 1-1.2-2.9 4 4 0 0 1 1.2 2.9zM13.3 12.3 20 19m-3-3 2-2m-4 0 1.5-1.5",
	breach: "M4 6h16v4H4zM4 14h16v4H4M8 8h.01M8 16h.01M14 12l2-2m-2 6 2-2",
	form: "M5 3h14v18H5zM8 7h8M8 11h8M8 15h5",
	unlock: "M6 11h12v9H6zM9 11V8a3 3 0 0 1 5.8-1",
	alert: "M12 3 2 20h20zM12 9v5m0 3v.01",
	info: "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 11v6m0-9v.01",
	book: "M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z"
};
function Icon({ name, size = 20 }) {
	return /* @__PURE__ */ u("svg", {
		class: `icon icon-${name}`,
		width: size,
		height: size,
		viewBox: "0 0 24 24",
		"aria-hidden": "true",
		focusable: "false",
		children: /* @__PURE__ */ u("path", {
			d: PATHS[name],
			fill: "none",
			stroke: "currentColor",
			"stroke-width": "2",
			"stroke-linecap": "round",
			"stroke-linejoin": "round"
		})
	});
}
export { Shield as n, Icon as t };
