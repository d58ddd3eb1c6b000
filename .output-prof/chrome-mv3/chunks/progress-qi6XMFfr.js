import { d as storage } from "./settings-edit-DbrmKK9s.js";
import { c as dayNumber, l as isDayKey, n as lessonById, o as LESSONS, s as dayKey, t as isLessonId } from "./lessons-6iI2Odjn.js";
// utils/progress.ts
/** @module The reader's learning progress in `local:progress`: lessons seen, quiz answers and the
* streak of days with a lesson opened. Everything read back is validated, because storage can
* hold anything (older versions, hand edits, other extensions' bugs); valid parts are kept. */
/** Stands for "some day before dates were recorded" for lessons migrated from v1. */
var UNKNOWN_DAY = "1970-01-01";
function emptyProgress() {
	return {
		seen: {},
		answers: {},
		streak: {
			lastDay: null,
			count: 0,
			best: 0
		}
	};
}
function migrateProgressV1(raw) {
	if (isRecord(raw) && isRecord(raw.seen)) return normalizeProgress(raw);
	const ids = isRecord(raw) && Array.isArray(raw.seen) ? raw.seen : [];
	const seen = {};
	for (const id of ids) if (isLessonId(id)) seen[id] = UNKNOWN_DAY;
	return {
		...emptyProgress(),
		seen
	};
}
function normalizeProgress(raw) {
	const input = isRecord(raw) ? raw : {};
	const progress = emptyProgress();
	if (isRecord(input.seen)) {
		for (const [id, day] of Object.entries(input.seen)) if (isLessonId(id) && isDayKey(day)) progress.seen[id] = day;
	}
	if (isRecord(input.answers)) for (const [id, answer] of Object.entries(input.answers)) {
		const lesson = lessonById(id);
		if (!lesson || !isRecord(answer)) continue;
		const { choice } = answer;
		if (!Number.isInteger(choice) || choice < 0) continue;
		if (choice >= lesson.quiz.options) continue;
		progress.answers[lesson.id] = {
			choice,
			correct: choice === lesson.quiz.correct
		};
	}
	progress.streak = normalizeStreak(input.streak);
	return progress;
}
function normalizeStreak(raw) {
	if (!isRecord(raw) || !isDayKey(raw.lastDay)) return emptyProgress().streak;
	const count = isCount(raw.count) && raw.count > 0 ? raw.count : 1;
	const best = isCount(raw.best) ? Math.max(raw.best, count) : count;
	return {
		lastDay: raw.lastDay,
		count,
		best
	};
}
/** Opening a lesson marks it seen (first day kept) and extends or restarts the streak. */
function withLessonOpened(progress, id, now) {
	const today = dayKey(now);
	const { lastDay, count, best } = progress.streak;
	let next = count;
	if (lastDay === null) next = 1;
	else if (dayNumber(today) - dayNumber(lastDay) === 1) next = count + 1;
	else if (dayNumber(today) !== dayNumber(lastDay)) next = 1;
	const movedBack = lastDay !== null && dayNumber(today) < dayNumber(lastDay);
	return {
		...progress,
		seen: {
			...progress.seen,
			[id]: progress.seen[id] ?? today
		},
		streak: movedBack ? progress.streak : {
			lastDay: today,
			count: next,
			best: Math.max(best, next)
		}
	};
}
/** The first answer counts for the score; answering again changes nothing. */
function withQuizAnswer(progress, id, choice) {
	const lesson = lessonById(id);
	if (!lesson || progress.answers[id]) return progress;
	if (!Number.isInteger(choice) || choice < 0 || choice >= lesson.quiz.options) return progress;
	return {
		...progress,
		answers: {
			...progress.answers,
			[id]: {
				choice,
				correct: choice === lesson.quiz.correct
			}
		}
	};
}
/** The streak still stands until a whole local day passes without a lesson. */
function currentStreak(streak, now) {
	if (streak.lastDay === null) return 0;
	return dayNumber(now) - dayNumber(streak.lastDay) <= 1 ? streak.count : 0;
}
function summarize(progress, now) {
	const answers = Object.values(progress.answers);
	return {
		seen: Object.keys(progress.seen).length,
		total: LESSONS.length,
		answered: answers.length,
		correct: answers.filter((a) => a?.correct).length,
		streak: currentStreak(progress.streak, now),
		best: progress.streak.best
	};
}
/** A factory so tests can seed storage first and watch the v1 → v2 migration run. */
function defineProgressItem() {
	return storage.defineItem("local:progress", {
		fallback: emptyProgress(),
		version: 2,
		migrations: { 2: migrateProgressV1 }
	});
}
var progressItem = defineProgressItem();
async function loadProgress(item = progressItem) {
	return normalizeProgress(await item.getValue());
}
async function updateProgress(change, item = progressItem) {
	const next = change(await loadProgress(item));
	await item.setValue(next);
	return next;
}
function resetProgress(item = progressItem) {
	return item.setValue(emptyProgress());
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCount(value) {
	return Number.isInteger(value) && value >= 0 && value < 1e5;
}
export { updateProgress as a, summarize as i, progressItem as n, withLessonOpened as o, resetProgress as r, withQuizAnswer as s, normalizeProgress as t };
