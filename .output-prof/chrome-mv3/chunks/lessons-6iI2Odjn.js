import { i as checkById } from "./checks-Bp57AzPe.js";
// utils/lessons/days.ts
/** @module Local calendar days as `YYYY-MM-DD` keys. Streaks and the lesson of the day count the
* reader's days, not UTC ones, and comparing day numbers stays right across DST changes. */
var DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The reader's local calendar day of `date`. */
function dayKey(date) {
	const pad = (n) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function isDayKey(value) {
	if (typeof value !== "string") return false;
	const match = DAY_KEY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** Days since 1970-01-01 for a local date or a day key; whole numbers, so days subtract exactly. */
function dayNumber(day) {
	const [y, m, d] = (typeof day === "string" ? day : dayKey(day)).split("-").map(Number);
	return Math.round(Date.UTC(y, m - 1, d) / 864e5);
}
// utils/lessons/lessons.ts
var NIST_63B4 = {
	title: "NIST SP 800-63B-4, Digital Identity Guidelines: Authentication and Authenticator Management (2025)",
	url: "https://doi.org/10.6028/NIST.SP.800-63B-4"
};
var GDPR = {
	title: "Regulation (EU) 2016/679 (GDPR)",
	url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
};
var LESSONS = [
	{
		id: "passphrases",
		checks: ["password-strength", "password-field"],
		source: NIST_63B4,
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "password-managers",
		checks: ["password-field", "password-reuse"],
		source: {
			title: "CISA Secure Our World: Use Strong Passwords",
			url: "https://www.cisa.gov/secure-our-world/use-strong-passwords"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "breached-passwords",
		checks: ["breached-password"],
		source: {
			title: "NCSC: Data breaches — guidance for individuals and families",
			url: "https://www.ncsc.gov.uk/guidance/data-breaches"
		},
		quiz: {
			options: 3,
			correct: 2
		}
	},
	{
		id: "mfa",
		checks: ["mfa-available"],
		demo: "mfa-available",
		source: {
			title: "CISA: More than a Password (multifactor authentication)",
			url: "https://www.cisa.gov/mfa"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "passkeys",
		checks: [],
		demo: "mfa-available",
		source: {
			title: "FIDO Alliance: Passkeys",
			url: "https://fidoalliance.org/passkeys/"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "https-encryption",
		checks: ["insecure-form"],
		source: {
			title: "CISA: Tips to Stay Safe while Surfing the Web, Part 2: Accessing Websites Securely",
			url: "https://www.cisa.gov/resources-tools/training/tips-stay-safe-while-surfing-web-part-2-accessing-websites-securely"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "encryption-at-rest",
		checks: [],
		source: {
			title: "Microsoft Support: Device encryption in Windows",
			url: "https://support.microsoft.com/en-us/windows/device-encryption-in-windows-cf7e2b6f-3e70-4882-9532-18633605b7df"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "data-minimisation",
		checks: ["oversized-form"],
		source: {
			title: `${GDPR.title}, Article 5(1)(c): data minimisation`,
			url: GDPR.url
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "privacy-by-design",
		checks: ["oversized-form"],
		source: {
			title: `${GDPR.title}, Article 25: data protection by design and by default`,
			url: GDPR.url
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "extension-permissions",
		checks: [],
		source: {
			title: "Chrome Web Store Help: Permissions requested by apps and extensions",
			url: "https://support.google.com/chrome_webstore/answer/186213"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "software-updates",
		checks: [],
		source: {
			title: "CISA Secure Our World: Update Software",
			url: "https://www.cisa.gov/secure-our-world/update-software"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "security-checkups",
		checks: [],
		source: {
			title: "Google Account Help: Make your account more secure",
			url: "https://support.google.com/accounts/answer/46526"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "phishing",
		checks: ["insecure-form", "password-reuse"],
		source: {
			title: "CISA Secure Our World: Recognize and Report Phishing",
			url: "https://www.cisa.gov/secure-our-world/recognize-and-report-phishing"
		},
		quiz: {
			options: 3,
			correct: 2
		}
	},
	{
		id: "social-engineering",
		checks: [],
		source: {
			title: "CISA: Avoiding Social Engineering and Phishing Attacks",
			url: "https://www.cisa.gov/news-events/news/avoiding-social-engineering-and-phishing-attacks"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "public-wifi",
		checks: ["insecure-form"],
		source: {
			title: "FTC Consumer Advice: Are Public Wi-Fi Networks Safe? What You Need To Know",
			url: "https://consumer.ftc.gov/articles/are-public-wi-fi-networks-safe-what-you-need-know"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "family-safety",
		checks: [],
		source: {
			title: "FTC Consumer Advice: Protecting Your Child's Privacy Online",
			url: "https://consumer.ftc.gov/articles/protecting-your-childs-privacy-online"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "backups",
		checks: [],
		source: {
			title: "NCSC: Top tips for staying secure online: Always back up your most important data",
			url: "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/always-back-up-your-most-important-data"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "scam-texts-calls",
		checks: [],
		source: {
			title: "FTC Consumer Advice: How To Recognize and Report Spam Text Messages",
			url: "https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "account-recovery",
		checks: [],
		source: {
			title: "FTC Consumer Advice: How To Recover Your Hacked Email or Social Media Account",
			url: "https://consumer.ftc.gov/articles/how-recover-your-hacked-email-or-social-media-account"
		},
		quiz: {
			options: 3,
			correct: 0
		}
	},
	{
		id: "voice-clones",
		checks: [],
		source: {
			title: "FTC Consumer Alert: Scammers use AI to enhance their family emergency schemes (2023)",
			url: "https://consumer.ftc.gov/consumer-alerts/2023/03/scammers-use-ai-enhance-their-family-emergency-schemes"
		},
		quiz: {
			options: 3,
			correct: 2
		}
	},
	{
		id: "lost-phone",
		checks: [],
		source: {
			title: "FTC Consumer Advice: How To Protect Your Phone and the Data On It",
			url: "https://consumer.ftc.gov/articles/how-protect-your-phone-and-data-it"
		},
		quiz: {
			options: 3,
			correct: 0
		}
	},
	{
		id: "oversharing",
		checks: [],
		source: {
			title: "NCSC: Social media: how to use it safely",
			url: "https://www.ncsc.gov.uk/guidance/social-media-how-to-use-it-safely"
		},
		quiz: {
			options: 3,
			correct: 2
		}
	},
	{
		id: "qr-codes",
		checks: [],
		source: {
			title: "FTC Consumer Alert: Scammers hide harmful links in QR codes to steal your information (2023)",
			url: "https://consumer.ftc.gov/consumer-alerts/2023/12/scammers-hide-harmful-links-qr-codes-steal-your-information"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "app-permissions",
		checks: [],
		source: {
			title: "FTC Consumer Advice: Stalkerware: What To Know",
			url: "https://consumer.ftc.gov/articles/stalkerware-what-know"
		},
		quiz: {
			options: 3,
			correct: 0
		}
	},
	{
		id: "shopping-safely",
		checks: [],
		source: {
			title: "NCSC: Shopping online securely",
			url: "https://www.ncsc.gov.uk/guidance/shopping-online-securely"
		},
		quiz: {
			options: 3,
			correct: 2
		}
	},
	{
		id: "cyberbullying",
		checks: [],
		source: {
			title: "StopBullying.gov: What Is Cyberbullying",
			url: "https://www.stopbullying.gov/cyberbullying/what-is-it"
		},
		quiz: {
			options: 3,
			correct: 1
		}
	},
	{
		id: "home-router",
		checks: [],
		source: {
			title: "CISA: Home Network Security",
			url: "https://www.cisa.gov/news-events/news/home-network-security"
		},
		quiz: {
			options: 3,
			correct: 0
		}
	}
];
// utils/lessons/index.ts
/** @module Finding lessons: by id, by the check that flagged something, and the lesson of the day. */
function isLessonId(value) {
	return typeof value === "string" && LESSONS.some((lesson) => lesson.id === value);
}
function lessonById(id) {
	return LESSONS.find((lesson) => lesson.id === id);
}
/** The primary lesson for a check: the one the registry names (the meta-test holds every check
* to one that exists and lists it). */
function lessonForCheck(check) {
	return lessonById(checkById(check).lesson) ?? LESSONS[0];
}
/** One lesson a day, the same all day long. It prefers lessons not opened before today, so a
* lesson opened today stays "today's" instead of jumping to the next one on reopening. */
function todaysLesson(date, progress) {
	const today = dayNumber(date);
	const fresh = LESSONS.filter((lesson) => {
		const seenOn = progress.seen[lesson.id];
		return seenOn === void 0 || dayNumber(seenOn) >= today;
	});
	const pool = fresh.length > 0 ? fresh : LESSONS;
	return pool[(today % pool.length + pool.length) % pool.length];
}
/** Message keys only allow [A-Za-z0-9_], lesson ids use hyphens. */
function lessonKey(id, part) {
	return `lesson_${id.replace(/-/g, "_")}_${part}`;
}
function lessonText(lesson, translate) {
	const part = (name) => translate(lessonKey(lesson.id, name));
	return {
		title: part("title"),
		body: part("body"),
		takeaway: part("takeaway"),
		action: part("action"),
		question: part("quizQuestion"),
		options: Array.from({ length: lesson.quiz.options }, (_, i) => part(`quizOption${i + 1}`)),
		explanation: part("quizExplanation")
	};
}
export { todaysLesson as a, dayNumber as c, lessonText as i, isDayKey as l, lessonById as n, LESSONS as o, lessonForCheck as r, dayKey as s, isLessonId as t };
