import { C as q, E as import_browser_polyfill, S as h, T as S, _ as t, b as _, g as u, v as A, w as R, x as d } from "./checks-Bp57AzPe.js";
import { a as todaysLesson, i as lessonText, n as lessonById, o as LESSONS, r as lessonForCheck, t as isLessonId } from "./lessons-6iI2Odjn.js";
import { a as updateProgress, i as summarize, n as progressItem, o as withLessonOpened, s as withQuizAnswer, t as normalizeProgress } from "./progress-qi6XMFfr.js";
import { a as loadPolicy, c as isPaused, d as storage, i as useStoredValue, l as normalizeSettings, n as siteOfUrl, o as settingsItem, r as withSitePaused, t as editSettings, u as normalizeSite } from "./settings-edit-DbrmKK9s.js";
import { n as Shield, t as Icon } from "./Icon-CSgysndv.js";
import { a as methodWords, o as sendMessage, r as sharedGroups, t as normalizeSiteTags } from "./store-B_-LnPcf.js";
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
function withoutNotAProblem(list, site, check) {
	const host = normalizeSite(site);
	return list.filter((e) => !(e.site === host && e.check === check));
}
/** Read, repair, change, save: other pages may have written in between. */
async function editNotAProblem(change) {
	const raw = (await import_browser_polyfill.default.storage.local.get(NOT_A_PROBLEM_KEY))[NOT_A_PROBLEM_KEY];
	await import_browser_polyfill.default.storage.local.set({ [NOT_A_PROBLEM_KEY]: change(normalizeNotAProblem(raw)) });
}
// components/popup/glance.ts
var SEVERITY_ORDER = {
	danger: 0,
	warning: 1,
	info: 2
};
/** Most severe first; equal ones keep the order they were found in. */
function sortFindings(findings) {
	return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
/** `null` findings: the page could not be checked (browser pages, store pages). An incomplete
* report (a hostile page filled its share of storage) is never an all-clear. */
function siteStatus(findings, paused, incomplete = false) {
	if (paused) return "paused";
	if (findings === null) return "unknown";
	if (findings.some((f) => f.severity === "danger")) return "danger";
	if (findings.some((f) => f.severity === "warning")) return "warning";
	return incomplete ? "unknown" : "clear";
}
/** A finding's own lesson wins over the check's default. */
function lessonForFinding(finding) {
	return isLessonId(finding.lesson) && lessonById(finding.lesson) || lessonForCheck(finding.check);
}
/** The lesson tied to the latest finding when there is one, else the lesson of the day. */
function lessonToOffer(findings, now, progress) {
	const latest = findings[findings.length - 1];
	return latest ? {
		lesson: lessonForFinding(latest),
		fromFinding: true
	} : {
		lesson: todaysLesson(now, progress),
		fromFinding: false
	};
}
// components/popup/location.ts
/** @module What the popup's own address asks for: `?tabId=N` (the popup opened as a normal tab,
* as tests and notices do) and `#lesson=<id>` (open that lesson directly). */
function tabIdFromSearch(search) {
	const raw = new URLSearchParams(search).get("tabId");
	if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
	const id = Number(raw);
	return Number.isSafeInteger(id) ? id : null;
}
function lessonFromHash(hash) {
	const raw = new URLSearchParams(hash.replace(/^#/, "")).get("lesson");
	return isLessonId(raw) ? raw : null;
}
function lessonHash(id) {
	return `#lesson=${encodeURIComponent(id)}`;
}
/** `#lessons` is the full list; anything else that is not a lesson is the main view. */
function showsLessonList(hash) {
	return hash.replace(/^#/, "") === "lessons";
}
/** `?view=tab`: the popup page opened as a full tab (a notice's "Learn why"), laid out for a
* tab's width instead of the popup's narrow column. */
function isTabView(search) {
	return new URLSearchParams(search).get("view") === "tab";
}
// components/popup/LessonCard.tsx
/** @module The one lesson the popup offers: the one behind the latest finding, or the lesson of
* the day; with its takeaway and a link to the full list, one click away. */
function LessonCard({ lesson, fromFinding }) {
	const text = lessonText(lesson, t);
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "today-heading",
		class: "card today",
		children: [/* @__PURE__ */ u(Icon, { name: "book" }), /* @__PURE__ */ u("div", { children: [
			/* @__PURE__ */ u("h2", {
				id: "today-heading",
				children: t(fromFinding ? "popupLessonForFinding" : "popupTodayHeading")
			}),
			/* @__PURE__ */ u("p", { children: /* @__PURE__ */ u("a", {
				href: lessonHash(lesson.id),
				class: "today-link",
				children: text.title
			}) }),
			/* @__PURE__ */ u("p", {
				class: "muted takeaway-short",
				children: text.takeaway
			}),
			/* @__PURE__ */ u("p", { children: /* @__PURE__ */ u("a", {
				href: "#lessons",
				class: "all-lessons",
				children: t("popupAllLessonsLink")
			}) })
		] })]
	});
}
// components/popup/NotAProblemList.tsx
/** @module The checks marked "not a problem" on this site, each with an undo; the page's notice
* comes back at once (the content script watches the same storage key). */
var notAProblemItem = storage.defineItem(`local:${NOT_A_PROBLEM_KEY}`, { fallback: [] });
/** Message keys cannot contain hyphens; the check's name as the options page gives it. */
var checkName = (check) => t(`optionsCheck_${check.replace(/-/g, "_")}`);
function NotAProblemList({ entries }) {
	if (entries.length === 0) return null;
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "not-a-problem-heading",
		class: "not-a-problem",
		children: [/* @__PURE__ */ u("h2", {
			id: "not-a-problem-heading",
			children: t("popupNotAProblemHeading")
		}), /* @__PURE__ */ u("ul", { children: entries.map(({ site, check }) => /* @__PURE__ */ u("li", { children: [/* @__PURE__ */ u("span", { children: checkName(check) }), /* @__PURE__ */ u("button", {
			type: "button",
			onClick: () => void editNotAProblem((list) => withoutNotAProblem(list, site, check)),
			children: [t("popupNotAProblemUndo"), /* @__PURE__ */ u("span", {
				class: "visually-hidden",
				children: [": ", t("popupNotAProblemUndoLabel", [checkName(check)])]
			})]
		})] }, check)) })]
	});
}
// components/popup/LessonList.tsx
/** @module Every lesson, as a view of its own (`#lessons`), each marked read and quiz-answered. */
/** `backHref` is absent in a tab, where the list is the page's home. */
function LessonList({ progress, backHref }) {
	const heading = A(null);
	h(() => {
		if (!document.activeElement?.id.startsWith("lesson-link-")) heading.current?.focus();
	}, []);
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "all-heading",
		class: "lesson-list",
		children: [
			backHref !== void 0 && /* @__PURE__ */ u("p", { children: /* @__PURE__ */ u("a", {
				href: backHref,
				class: "back",
				children: t("popupBackHome")
			}) }),
			/* @__PURE__ */ u("h2", {
				id: "all-heading",
				tabIndex: -1,
				ref: heading,
				children: t("popupAllLessonsHeading")
			}),
			/* @__PURE__ */ u("ul", {
				class: "lessons",
				children: LESSONS.map((lesson) => /* @__PURE__ */ u("li", { children: [/* @__PURE__ */ u("a", {
					href: lessonHash(lesson.id),
					id: `lesson-link-${lesson.id}`,
					children: lessonText(lesson, t).title
				}), /* @__PURE__ */ u(LessonStatus, {
					lesson,
					progress
				})] }, lesson.id))
			})
		]
	});
}
function LessonStatus({ lesson, progress }) {
	const answer = progress.answers[lesson.id];
	const marks = [];
	if (progress.seen[lesson.id]) marks.push(t("popupLessonRead"));
	if (answer) marks.push(t(answer.correct ? "popupLessonQuizRight" : "popupLessonQuizWrong"));
	return marks.length ? /* @__PURE__ */ u("span", {
		class: "status",
		children: [" — ", marks.join(", ")]
	}) : null;
}
// components/popup/Quiz.tsx
/** @module A lesson's one-question quiz: a radio group in a form, so arrow keys can move between
* options without answering; the answer is given with the button and then persisted. */
function Quiz({ lesson, text, answer, onAnswer }) {
	const [choice, setChoice] = d(answer?.choice ?? null);
	const [missing, setMissing] = d(false);
	const name = `quiz-${lesson.id}`;
	const result = A(null);
	const answeredHere = A(false);
	_(() => {
		if (answer && answeredHere.current) result.current?.focus();
	}, [answer]);
	const submit = (event) => {
		event.preventDefault();
		if (answer) return;
		if (choice === null) return setMissing(true);
		answeredHere.current = true;
		onAnswer(choice);
	};
	const selected = answer?.choice ?? choice;
	return /* @__PURE__ */ u("form", {
		class: "quiz",
		onSubmit: submit,
		children: [
			/* @__PURE__ */ u("fieldset", {
				disabled: answer !== void 0,
				"aria-describedby": missing ? `${name}-hint` : void 0,
				children: [/* @__PURE__ */ u("legend", { children: text.question }), text.options.map((option, index) => /* @__PURE__ */ u("label", {
					class: "quiz-option",
					children: [/* @__PURE__ */ u("input", {
						type: "radio",
						name,
						value: index,
						checked: selected === index,
						onChange: () => {
							setChoice(index);
							setMissing(false);
						}
					}), /* @__PURE__ */ u("span", { children: option })]
				}, index))]
			}),
			answer === void 0 && /* @__PURE__ */ u(S, { children: [/* @__PURE__ */ u("button", {
				type: "submit",
				children: t("popupQuizCheck")
			}), missing && /* @__PURE__ */ u("p", {
				id: `${name}-hint`,
				class: "hint",
				role: "alert",
				children: t("popupQuizChoose")
			})] }),
			/* @__PURE__ */ u("div", {
				role: "status",
				"aria-live": "polite",
				children: answer && /* @__PURE__ */ u("div", {
					class: answer.correct ? "result correct" : "result incorrect",
					tabIndex: -1,
					ref: result,
					children: [/* @__PURE__ */ u("p", { children: /* @__PURE__ */ u("strong", { children: answer.correct ? t("popupQuizCorrect") : t("popupQuizIncorrect", [text.options[lesson.quiz.correct] ?? ""]) }) }), /* @__PURE__ */ u("p", { children: text.explanation })]
				})
			})
		]
	});
}
// components/popup/LessonView.tsx
/** @module One lesson, read in under a minute: text, takeaway, an action, the quiz, the source. */
function LessonView({ lesson, backHref, backLabel, answer, onAnswer }) {
	const text = lessonText(lesson, t);
	const heading = A(null);
	h(() => heading.current?.focus(), [lesson.id]);
	return /* @__PURE__ */ u("article", {
		class: "lesson",
		"aria-labelledby": "lesson-title",
		children: [
			/* @__PURE__ */ u("p", { children: /* @__PURE__ */ u("a", {
				href: backHref,
				class: "back",
				children: backLabel
			}) }),
			/* @__PURE__ */ u("h2", {
				id: "lesson-title",
				tabIndex: -1,
				ref: heading,
				children: text.title
			}),
			/* @__PURE__ */ u("p", { children: text.body }),
			/* @__PURE__ */ u("h3", { children: t("popupLessonTakeaway") }),
			/* @__PURE__ */ u("p", {
				class: "takeaway",
				children: text.takeaway
			}),
			/* @__PURE__ */ u("h3", { children: t("popupLessonAction") }),
			/* @__PURE__ */ u("p", { children: text.action }),
			/* @__PURE__ */ u("h3", { children: t("popupLessonQuiz") }),
			/* @__PURE__ */ u(Quiz, {
				lesson,
				text,
				answer,
				onAnswer
			}, lesson.id),
			lesson.demo && /* @__PURE__ */ u("p", {
				class: "demo-link",
				children: /* @__PURE__ */ u("a", {
					href: import_browser_polyfill.default.runtime.getURL(`/demo.html#example-${lesson.demo}`),
					target: "_blank",
					rel: "noopener",
					children: t("lessonDemoLink")
				})
			}),
			/* @__PURE__ */ u("p", {
				class: "source",
				children: [
					t("popupLessonSource"),
					" ",
					/* @__PURE__ */ u("a", {
						href: lesson.source.url,
						target: "_blank",
						rel: "noopener noreferrer",
						children: lesson.source.title
					})
				]
			})
		]
	});
}
// components/popup/ProgressSummary.tsx
function ProgressSummary({ progress, now }) {
	const s = summarize(progress, now);
	if (s.seen === 0 && s.answered === 0 && s.streak === 0) return null;
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "progress-heading",
		class: "progress",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "progress-heading",
				class: "visually-hidden",
				children: t("popupProgressHeading")
			}),
			/* @__PURE__ */ u("div", {
				class: "progress-row",
				children: [/* @__PURE__ */ u("label", {
					for: "lessons-read",
					children: t("popupSeen", [s.seen, s.total])
				}), /* @__PURE__ */ u("progress", {
					id: "lessons-read",
					max: s.total,
					value: s.seen
				})]
			}),
			/* @__PURE__ */ u("ul", {
				class: "summary",
				children: [s.answered > 0 && /* @__PURE__ */ u("li", { children: t("popupQuizScore", [s.correct, s.answered]) }), s.streak > 0 && /* @__PURE__ */ u("li", { children: s.streak === 1 ? t("popupStreakOne") : t("popupStreak", [s.streak]) })]
			})
		]
	});
}
// components/popup/SiteMfa.tsx
/** @module The page report's two-step line: what the 2FA Directory says about the current site
* (looked up in the background, on this device), or nothing for unlisted sites. */
function SiteMfa({ url }) {
	const [site, setSite] = d(null);
	h(() => {
		sendMessage("getSiteMfa", { url }).then(setSite).catch(() => setSite(null));
	}, [url]);
	if (!site) return null;
	return /* @__PURE__ */ u("section", {
		class: "site-mfa",
		"aria-labelledby": "site-mfa-heading",
		"data-check": "mfa-available",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "site-mfa-heading",
				children: site.methods.length ? t("mfaReportAvailable") : t("mfaReportNoneHeading")
			}),
			site.methods.length ? /* @__PURE__ */ u("p", { children: [
				t("mfaReportMethods", [methodWords(site.methods, t)]),
				" ",
				site.guide && /* @__PURE__ */ u("a", {
					href: site.guide,
					target: "_blank",
					rel: "noopener noreferrer",
					children: t("mfaNoticeGuide")
				}),
				" ",
				/* @__PURE__ */ u("a", {
					href: lessonHash("mfa"),
					children: t("noticeLearnMore")
				})
			] }) : /* @__PURE__ */ u("p", { children: t("mfaReportNone") }),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: t("mfaReportCredit")
			})
		]
	});
}
// utils/checks/password-reuse/same-service.ts
/** Builds `sameService(a, b)` from any number of group sources. */
function sameServiceFrom(...sources) {
	const groupOf = /* @__PURE__ */ new Map();
	let id = 0;
	for (const groups of sources) for (const group of groups) {
		for (const domain of group) groupOf.set(domain, [...groupOf.get(domain) ?? [], id]);
		id++;
	}
	return (a, b) => {
		if (a === b) return true;
		const ga = groupOf.get(a);
		return !!ga && ga.some((g) => groupOf.get(b)?.includes(g));
	};
}
/** The person's groups as stored: lists of domain strings, anything else dropped. */
function normalizeGroups(raw) {
	if (!Array.isArray(raw)) return [];
	return raw.filter(Array.isArray).map((g) => [...new Set(g.filter((d) => typeof d === "string"))]).filter((g) => g.length >= 2).slice(0, 500);
}
// utils/checks/password-reuse/storage.ts
/** @module Where the tags live: `storage.local`, three keys, nothing else. The salt is random
* per install and never leaves the device; "Forget all" draws a new one. */
/** 128-bit salt as 32 hex digits; empty until the first tag is stored. */
var reuseSaltItem = storage.defineItem("local:reuseSalt", {
	fallback: "",
	version: 1
});
var reuseSitesItem = storage.defineItem("local:reuseSites", {
	fallback: {},
	version: 1
});
/** The person's own "these sites belong together" groups. */
var reuseGroupsItem = storage.defineItem("local:reuseGroups", {
	fallback: [],
	version: 1
});
/** Forgets every tag and the salt, so nothing stored before can be linked to anything after. */
async function forgetAllReuse() {
	await Promise.all([reuseSitesItem.removeValue(), reuseSaltItem.removeValue()]);
}
async function forgetReuseSite(domain) {
	const sites = { ...await reuseSitesItem.getValue() };
	delete sites[domain];
	await reuseSitesItem.setValue(sites);
}
// components/popup/ReuseGroups.tsx
/** @module Sites that share a password, grouped by their stored tag (never the password), with
* "Forget this site", "Forget all" and "these belong together" (one service, not reuse). Shown
* only once the password-reuse check has stored something. */
function ReuseGroups() {
	const sites = useStoredValue(reuseSitesItem, normalizeSiteTags);
	const own = useStoredValue(reuseGroupsItem, normalizeGroups);
	if (!sites || !own || Object.keys(sites).length === 0) return null;
	const groups = sharedGroups(sites, sameServiceFrom(own));
	const together = (group) => void reuseGroupsItem.setValue([...own, group]);
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "reuse-heading",
		class: "reuse",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "reuse-heading",
				children: t("popupReuseHeading")
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: groups.length ? t("popupReuseIntro") : t("popupReuseNone")
			}),
			groups.map((group) => /* @__PURE__ */ u("div", {
				class: "reuse-group",
				children: [/* @__PURE__ */ u("ul", { children: group.map((site) => /* @__PURE__ */ u("li", { children: [
					site,
					" ",
					/* @__PURE__ */ u("button", {
						type: "button",
						onClick: () => void forgetReuseSite(site),
						children: t("popupReuseForgetSite", [site])
					})
				] }, site)) }), /* @__PURE__ */ u("button", {
					type: "button",
					onClick: () => together(group),
					children: t("popupReuseSameService")
				})]
			}, group.join(" "))),
			/* @__PURE__ */ u("button", {
				type: "button",
				onClick: () => void forgetAllReuse(),
				children: t("popupReuseForgetAll")
			})
		]
	});
}
// components/popup/StatusHeader.tsx
/** @module The popup's header: the shield and this site's status in colour, icon and words, so
* the answer to "is this page all right?" never depends on colour alone. */
var TONE = {
	unknown: "brand",
	paused: "brand",
	clear: "ok",
	warning: "warning",
	danger: "danger"
};
function StatusHeader({ status, site, count }) {
	return /* @__PURE__ */ u("header", {
		class: `status-header status-${status ?? "loading"}`,
		children: [/* @__PURE__ */ u(Shield, {
			tone: status ? TONE[status] : "brand",
			size: 36
		}), /* @__PURE__ */ u("div", {
			class: "status-text",
			children: [/* @__PURE__ */ u("h1", { children: t("extName") }), /* @__PURE__ */ u("p", {
				class: "status-line",
				role: "status",
				children: [status && statusWords(status, count), status && site && /* @__PURE__ */ u("span", {
					class: "site",
					children: [" · ", site]
				})]
			})]
		})]
	});
}
function statusWords(status, count) {
	switch (status) {
		case "unknown": return t("popupStatusUnknown");
		case "paused": return t("popupStatusPaused");
		case "clear": return t("popupStatusClear");
		default: return count === 1 ? t("popupStatusOne") : t("popupStatusMany", [count]);
	}
}
// components/popup/FindingCard.tsx
function FindingCard({ finding }) {
	const lesson = lessonForFinding(finding);
	const title = lessonText(lesson, t).title;
	return /* @__PURE__ */ u("li", {
		class: `card finding ${finding.severity}`,
		children: [/* @__PURE__ */ u(Icon, { name: finding.severity === "info" ? "info" : "alert" }), /* @__PURE__ */ u("div", { children: [
			/* @__PURE__ */ u("p", {
				class: "severity",
				children: t(`popupSeverity_${finding.severity}`)
			}),
			/* @__PURE__ */ u("p", {
				class: "message",
				children: [finding.message, finding.origin && /* @__PURE__ */ u("span", {
					class: "origin",
					children: [
						" (",
						t("popupFindingFrom", [finding.origin]),
						")"
					]
				})]
			}),
			/* @__PURE__ */ u("a", {
				class: "action",
				href: lessonHash(lesson.id),
				children: [t("popupFindingAction"), /* @__PURE__ */ u("span", {
					class: "visually-hidden",
					children: [": ", t("popupFindingLesson", [title])]
				})]
			})
		] })]
	});
}
// components/popup/PauseButton.tsx
/** @module "Pause on this site" / "Resume": edits `settings.pausedSites`. A site paused by the
* organisation's policy cannot be resumed here, so the button gives way to a note. */
function PauseButton({ site }) {
	const settings = useStoredValue(settingsItem, normalizeSettings);
	const [policy, setPolicy] = d(null);
	h(() => void loadPolicy().then(setPolicy), []);
	if (!settings || !policy) return null;
	if (policy.pausedSites && isPaused({
		...settings,
		pausedSites: policy.pausedSites
	}, site)) return /* @__PURE__ */ u("p", {
		class: "muted",
		children: t("popupPausedByPolicy")
	});
	const paused = isPaused(settings, site);
	return /* @__PURE__ */ u("div", {
		class: "pause",
		children: [paused && /* @__PURE__ */ u("p", {
			role: "status",
			children: t("popupPausedNote", [site])
		}), /* @__PURE__ */ u("button", {
			type: "button",
			onClick: () => void editSettings((current) => withSitePaused(current, site, !paused)),
			children: paused ? t("popupResume") : t("popupPause")
		})]
	});
}
// components/popup/TabFindings.tsx
function TabFindings({ report, site }) {
	const findings = sortFindings(report?.findings ?? []);
	return /* @__PURE__ */ u("section", {
		"aria-labelledby": "findings-heading",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "findings-heading",
				class: "visually-hidden",
				children: site ? t("popupFindingsHeadingSite", [site]) : t("popupFindingsHeading")
			}),
			report?.incomplete && /* @__PURE__ */ u("p", {
				class: "muted",
				role: "status",
				children: t("popupFindingsIncomplete")
			}),
			report === null ? /* @__PURE__ */ u("p", {
				class: "muted",
				children: t("popupFindingsUnavailable")
			}) : findings.length === 0 ? !report.incomplete && /* @__PURE__ */ u("p", {
				class: "muted",
				children: t("popupFindingsNone")
			}) : /* @__PURE__ */ u("ul", {
				class: "findings",
				children: findings.map((finding, index) => /* @__PURE__ */ u(FindingCard, { finding }, index))
			}),
			site && /* @__PURE__ */ u(PauseButton, { site })
		]
	});
}
// components/popup/tab-report.ts
/** `?tabId=N` wins over the active tab, so the popup can be opened as a tab for a given page. */
async function loadPopupTab(search = location.search) {
	let tabId = tabIdFromSearch(search);
	let tabUrl = null;
	if (tabId === null) {
		const [tab] = await import_browser_polyfill.default.tabs.query({
			active: true,
			currentWindow: true
		});
		tabId = tab?.id ?? null;
		tabUrl = tab?.url ?? null;
	}
	if (tabId === null) return {
		report: null,
		url: null
	};
	try {
		const report = await sendMessage("getTabReport", { tabId });
		return {
			report,
			url: report.url ?? tabUrl
		};
	} catch {
		return {
			report: null,
			url: tabUrl
		};
	}
}
// components/popup/PopupApp.tsx
/** @module The popup: this site's status, its findings as cards, the one lesson to read now and
* compact progress; or, by address, every lesson (`#lessons`) or one (`#lesson=<id>`). Opening a
* lesson and answering its quiz are saved at once, so nothing is lost when the popup closes. */
var routeOf = (hash) => lessonFromHash(hash) ?? (showsLessonList(hash) ? "lessons" : null);
function PopupApp() {
	const progress = useStoredValue(progressItem, normalizeProgress);
	const settings = useStoredValue(settingsItem, normalizeSettings);
	const notAProblem = useStoredValue(notAProblemItem, normalizeNotAProblem) ?? [];
	const [route, setRoute] = d(() => routeOf(location.hash));
	const [tab, setTab] = d(null);
	const inTab = isTabView(location.search);
	const now = /* @__PURE__ */ new Date();
	h(() => {
		let previous = route;
		const onHash = () => {
			const next = routeOf(location.hash);
			if (previous && previous !== "lessons" && next !== previous) {
				const id = previous;
				requestAnimationFrame(() => (document.getElementById(`lesson-link-${id}`) ?? document.querySelector(".today-link"))?.focus());
			}
			previous = next;
			setRoute(next);
		};
		addEventListener("hashchange", onHash);
		return () => removeEventListener("hashchange", onHash);
	}, []);
	h(() => {
		if (route && route !== "lessons") updateProgress((p) => withLessonOpened(p, route, /* @__PURE__ */ new Date()));
	}, [route]);
	h(() => {
		if (inTab) return;
		loadPopupTab().then(setTab).catch(() => setTab({
			report: null,
			url: null
		}));
	}, []);
	const answer = q((id, choice) => void updateProgress((p) => withQuizAnswer(p, id, choice)), []);
	if (!progress) return /* @__PURE__ */ u("p", {
		role: "status",
		children: t("popupLoading")
	});
	const lesson = route && route !== "lessons" ? lessonById(route) : void 0;
	const site = siteOfUrl(tab?.url);
	const mutedHere = notAProblem.filter((entry) => entry.site === site);
	const findings = (tab?.report?.findings ?? []).filter((finding) => !mutedHere.some((entry) => entry.check === finding.check));
	const checked = tab?.report && site ? findings : null;
	const status = tab && settings ? siteStatus(checked, !!site && isPaused(settings, site), !!tab?.report?.incomplete) : null;
	const main = lesson ? /* @__PURE__ */ u(LessonView, {
		lesson,
		backHref: inTab ? "#lessons" : "#",
		backLabel: t(inTab ? "popupBack" : "popupBackHome"),
		answer: progress.answers[lesson.id],
		onAnswer: (choice) => answer(lesson.id, choice)
	}) : route === "lessons" || inTab ? /* @__PURE__ */ u(LessonList, {
		progress,
		backHref: inTab ? void 0 : "#"
	}) : /* @__PURE__ */ u(S, { children: [
		tab && /* @__PURE__ */ u(TabFindings, {
			report: tab.report && {
				...tab.report,
				findings
			},
			site
		}),
		/* @__PURE__ */ u(NotAProblemList, { entries: mutedHere }),
		tab?.url && /* @__PURE__ */ u(SiteMfa, { url: tab.url }),
		/* @__PURE__ */ u(ReuseGroups, {}),
		/* @__PURE__ */ u(LessonCard, { ...lessonToOffer(findings, now, progress) }),
		/* @__PURE__ */ u(ProgressSummary, {
			progress,
			now
		})
	] });
	return /* @__PURE__ */ u(S, { children: [
		inTab ? /* @__PURE__ */ u("header", {
			class: "tab-header",
			children: [/* @__PURE__ */ u(Shield, { size: 32 }), /* @__PURE__ */ u("h1", { children: t("extName") })]
		}) : /* @__PURE__ */ u(StatusHeader, {
			status,
			site,
			count: findings.length
		}),
		/* @__PURE__ */ u("main", { children: main }),
		/* @__PURE__ */ u("footer", { children: /* @__PURE__ */ u("nav", {
			"aria-label": t("popupNavLabel"),
			children: /* @__PURE__ */ u("ul", {
				class: "links",
				children: [/* @__PURE__ */ u("li", { children: /* @__PURE__ */ u("a", {
					href: import_browser_polyfill.default.runtime.getURL("/options.html"),
					target: "_blank",
					rel: "noopener",
					children: t("popupOpenOptions")
				}) }), /* @__PURE__ */ u("li", { children: /* @__PURE__ */ u("a", {
					href: import_browser_polyfill.default.runtime.getURL("/demo.html"),
					target: "_blank",
					rel: "noopener",
					children: t("popupOpenDemo")
				}) })]
			})
		}) })
	] });
}
// entrypoints/popup/main.tsx
/** @module Popup entry: language, title and styles, then the app. */
document.documentElement.lang = import_browser_polyfill.default.i18n.getUILanguage();
document.title = t("extName");
document.documentElement.classList.toggle("in-tab", isTabView(location.search));
R(/* @__PURE__ */ u(PopupApp, {}), document.getElementById("app"));
