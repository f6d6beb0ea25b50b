/**
 * Text for the listen button, pure and without the DOM: where a sentence ends, and how a sentence is said aloud
 * ("Rp15.000" → "lima belas ribu rupiah", "38,2 %" → "tiga puluh delapan koma dua persen", "5–10 menit" → "lima sampai
 * sepuluh menit"). Speech engines guess at numbers, and an Indonesian engine reading "Rp1,5 juta" or "HPP" guesses
 * badly; we hand it words. The words per language are in src/core/i18n/strings/<lang>.speech.ts, the separators are
 * `format` in the strings files, so a third language needs no edit here.
 *
 * It lives beside its feature (src/features/listen/), not in a shared src/lib/: ARCHITECTURE.md keeps a feature's pure
 * logic in its own folder.
 */
import type { Lang } from '../../core/locales.ts';
import { formats } from '../../core/i18n/ui.ts';
import { speeches, type Speech } from '../../core/i18n/speech.ts';
import { fill } from '../../core/i18n/format.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words for a whole number below a thousand trillion, e.g. 15000 → "lima belas ribu"; larger ones digit by digit. */
export function numberWords(n: number, lang: Lang): string {
	const v = speeches[lang];
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`numberWords takes a whole number ≥ 0, got ${n}`);
	if (n === 0) return v.ones[0]!;
	const groups: number[] = [];
	for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
	if (groups.length > v.scales.length + 1) return digitWords(String(n), lang);
	const words: string[] = [];
	for (let i = groups.length - 1; i >= 1; i--) {
		const g = groups[i]!;
		if (g === 0) continue;
		words.push(g === 1 ? v.scalesOne[i - 1]! : `${below1000(g, v)} ${v.scales[i - 1]}`);
	}
	const last = groups[0]!;
	if (last === 0) return words.join(' ');
	if (words.length === 0) return below1000(last, v);
	return words.join(' ') + (last < 100 ? v.andJoin : ' ') + below1000(last, v);
}

function below1000(n: number, v: Speech): string {
	const h = Math.floor(n / 100);
	const rest = n % 100;
	if (!h) return below100(rest, v);
	return rest ? `${v.hundreds[h]}${v.andJoin}${below100(rest, v)}` : v.hundreds[h]!;
}

function below100(n: number, v: Speech): string {
	if (n < 10) return v.ones[n]!;
	if (n < 20) return v.teens[n - 10]!;
	const ones = n % 10;
	return ones ? `${v.tens[Math.floor(n / 10)]}${v.tensJoin}${v.ones[ones]}` : v.tens[Math.floor(n / 10)]!;
}

/** "0812" → "nol delapan satu dua": each digit, for phone numbers, codes and the part after a decimal mark. */
export function digitWords(digits: string, lang: Lang): string {
	const v = speeches[lang];
	return [...digits].filter((c) => c >= '0' && c <= '9').map((d) => v.ones[Number(d)]).join(' ');
}

/** A year, where the language says years differently from numbers: 2024 → "twenty twenty-four" (en). */
export function yearWords(year: number, lang: Lang): string {
	const v = speeches[lang];
	if (!v.yearsInPairs || year < 1100 || year > 2099 || (year >= 2000 && year < 2010)) return numberWords(year, lang);
	const high = Math.floor(year / 100);
	const low = year % 100;
	if (low === 0) return `${numberWords(high, lang)} ${v.yearHundred}`;
	if (low < 10) return `${numberWords(high, lang)} ${v.yearZero} ${numberWords(low, lang)}`;
	return `${numberWords(high, lang)} ${numberWords(low, lang)}`;
}

/** A written number in the page language's separators ("15.000", "1,5" / "15,000", "1.5") as a regular expression source. */
function numberPattern(lang: Lang): string {
	const t = escape(formats[lang].thousands);
	const d = escape(formats[lang].decimal);
	return `\\d{1,3}(?:${t}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`;
}

/** Words for a number as written on a page of this language: "15.000" → "lima belas ribu", "38,2" → "… koma dua". */
export function writtenNumberWords(written: string, lang: Lang, { year = false } = {}): string {
	const { thousands, decimal } = formats[lang];
	const [whole = '', fraction] = written.split(thousands).join('').split(decimal);
	// A number with a leading zero ("007", "0812") is a code, not an amount; very long ones are account numbers.
	if ((whole.length > 1 && whole.startsWith('0')) || whole.length > 15) return digitWords(written, lang);
	const n = Number(whole);
	const words = year && /^\d{4}$/.test(written) ? yearWords(n, lang) : numberWords(n, lang);
	return fraction ? `${words} ${speeches[lang].point} ${digitWords(fraction, lang)}` : words;
}

interface Patterns {
	symbols: RegExp;
	abbreviations: RegExp | null;
	numberSign: RegExp;
	phone: RegExp;
	isoDate: RegExp;
	time: RegExp;
	timeRange: RegExp;
	money: RegExp;
	percent: RegExp;
	times: RegExp;
	range: RegExp;
	unit: RegExp | null;
	per: RegExp;
	number: RegExp;
}
const cache = new Map<Lang, Patterns>();

function patterns(lang: Lang): Patterns {
	const hit = cache.get(lang);
	if (hit) return hit;
	const v = speeches[lang];
	const num = `(?:${numberPattern(lang)})`;
	// Letters and digits of any script: a match must not start or end inside a word.
	const before = '(?<![\\p{L}\\p{N}])';
	const after = '(?![\\p{L}\\p{N}])';
	const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escape).join('|');
	const scale = `(?:\\s?(${alt(Object.keys(v.scaleWords))})${after})?`;
	const dash = '\\s?[-–—]\\s?';
	const abbreviations = Object.keys(v.abbreviations);
	const units = Object.keys(v.units);
	// Clock times: "08.00", "9:30": two-digit minutes and a real hour. Where "." is the decimal mark, "1.25" is a
	// number, so only a two-digit hour ("08.00") reads as a time with a full stop.
	const hourWithStop = formats[lang].decimal === '.' ? '[01]\\d|2[0-3]' : '[01]?\\d|2[0-3]';
	const time = `${before}(?:(?:${hourWithStop})\\.[0-5]\\d|(?:[01]?\\d|2[0-3]):[0-5]\\d)${after}(?![.,]\\d)`;
	const p: Patterns = {
		symbols: /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}✓✗✔✘•▪■□▶◀►◄]/gu,
		// Dotted keys end in "." (no word boundary after it); the others must end where the word ends.
		abbreviations: abbreviations.length ? new RegExp(`${before}(${alt(abbreviations)})(?:(?<=\\.)|${after})`, 'gu') : null,
		numberSign: /(?<![\p{L}\p{N}])[Nn]o\.\s?(?=\d)/gu,
		phone: new RegExp(`${before}(?:\\+\\d{2}[\\s-]?|0)\\d{2,4}(?:[\\s-]\\d{3,5}){1,3}${after}|${before}0\\d{8,12}${after}`, 'gu'),
		isoDate: /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/gu,
		// Clock times: "08.00", "9:30": two-digit minutes and a real hour. Where "." is the decimal mark, "1.25" is a
		// number, so only a two-digit hour ("08.00") reads as a time with a full stop.
		time: new RegExp(time, 'gu'),
		timeRange: new RegExp(`(${time})${dash}(${time})`, 'gu'),
		money: new RegExp(`(?:(?<![\\p{L}\\p{N}])([-−])\\s?)?${before}Rp\\.?\\s?(${num})${scale}(?:(?:${dash}|\\s(?:${escape(v.to)})\\s)(?:Rp\\.?\\s?)?(${num})${scale})?`, 'gu'),
		percent: new RegExp(`${before}(${num})(?:${dash}(${num}))?\\s?%`, 'gu'),
		times: new RegExp(`${before}(${num})\\s?[x×](?:\\s?(${num}))?${after}`, 'gu'),
		range: new RegExp(`${before}(${num})${dash}(${num})${after}`, 'gu'),
		unit: units.length ? new RegExp(`${before}(${num})(?:${dash}(${num}))?\\s?(${alt(units)})${after}`, 'gu') : null,
		per: /(?<=[\p{L}\p{N}])\s?\/\s?(?=\p{L})/gu,
		// A minus sign only where it starts a word ("-5"), not the hyphen of "ke-2".
		number: new RegExp(`(?:(?<![\\p{L}\\p{N}])([-−]))?${before}(${num})${after}`, 'gu'),
	};
	cache.set(lang, p);
	return p;
}

/**
 * A sentence as it should be said aloud: numbers, amounts, percentages, ranges, times and known abbreviations in
 * words, icons and decorative symbols gone, spaces tidied. What it does not recognise it leaves for the engine.
 */
export function speakable(text: string, lang: Lang): string {
	const v = speeches[lang];
	const p = patterns(lang);
	const n = (written: string, opts?: { year?: boolean }) => writtenNumberWords(written, lang, opts);
	const scaled = (written: string, scaleWord: string | undefined) => (scaleWord ? `${n(written)} ${v.scaleWords[scaleWord]}` : n(written));
	let s = text.normalize('NFC');
	s = s.replace(p.symbols, ' ');
	s = s.replace(/\s*[→⇒➜]\s*/g, ', ');
	s = s.replace(/[≈~±]\s?(?=\d|Rp)/g, `${v.about} `);
	s = s.replace(/\s[=]\s|(?<=\d)\s?=\s?(?=\d|Rp)/g, ` ${v.equals} `);
	s = s.replace(/\s\+\s/g, ` ${v.plus} `);
	s = s.replace(/\s&\s/g, ` ${v.and} `);
	if (p.abbreviations) {
		s = s.replace(p.abbreviations, (m: string, _k: string, at: number, all: string) => {
			const said = v.abbreviations[m] ?? m;
			// "…, dll." at the end of a sentence keeps its full stop, for the pause.
			return v.mayEndSentence.includes(m) && /^\s*(?:$|\p{Lu})/u.test(all.slice(at + m.length)) ? `${said}.` : said;
		});
	}
	s = s.replace(p.numberSign, `${v.numberSign} `);
	s = s.replace(p.phone, (m) => m.trim().split(/[\s-]+/).map((part) => (part.startsWith('+') ? `${v.plus} ${digitWords(part, lang)}` : digitWords(part, lang))).join(', '));
	s = s.replace(p.isoDate, (m, y: string, mo: string, d: string) => (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${Number(d)} ${monthName(Number(mo), lang)} ${y}` : m));
	s = s.replace(p.money, (_m, sign: string | undefined, a: string, aScale: string | undefined, b: string | undefined, bScale: string | undefined) => {
		const from = scaled(a, aScale);
		const words = b === undefined ? from : `${from} ${v.to} ${scaled(b, bScale)}`;
		return `${sign ? `${v.minus} ` : ''}${words} ${v.currency}`;
	});
	s = s.replace(p.percent, (_m, a: string, b: string | undefined) => `${n(a)}${b === undefined ? '' : ` ${v.to} ${n(b)}`} ${v.percent}`);
	const clock = (written: string) => {
		const [h = 0, m = 0] = written.split(/[.:]/).map(Number);
		if (m === 0) return fill(v.timeHour, { h: numberWords(h, lang) });
		const minutes = m < 10 && v.minuteZero ? `${v.minuteZero} ${numberWords(m, lang)}` : numberWords(m, lang);
		return fill(v.timeHourMinute, { h: numberWords(h, lang), m: minutes });
	};
	s = s.replace(p.timeRange, (_m, a: string, b: string) => `${clock(a)} ${v.to} ${clock(b)}`);
	s = s.replace(p.time, clock);
	s = s.replace(p.times, (_m, a: string, b: string | undefined) => (b === undefined ? `${n(a)} ${v.times}` : `${n(a)} ${v.times} ${n(b)}`));
	if (p.unit) s = s.replace(p.unit, (_m, a: string, b: string | undefined, unit: string) => `${n(a)}${b === undefined ? '' : ` ${v.to} ${n(b)}`} ${v.units[unit]}`);
	s = s.replace(p.range, (_m, a: string, b: string) => `${n(a)} ${v.to} ${n(b)}`);
	s = s.replace(p.number, (_m, sign: string | undefined, a: string) => `${sign ? `${v.minus} ` : ''}${n(a, { year: true })}`);
	s = s.replace(p.per, ` ${v.per} `);
	return s.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/([,;:])(?:\s*[,;:])+/g, '$1').replace(/^[\s,;:]+/, '').trim();
}

function monthName(month: number, lang: Lang): string {
	return new Intl.DateTimeFormat(formats[lang].intl, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * Where the sentences of a block of text are, as [start, end) offsets into it (so the reader can light up the words on
 * screen). It breaks after . ! ? … followed by a space, but not inside "Rp15.000" or "1,5", not after "mis." or "e.g.",
 * a list number ("1. "), an option letter ("A. "), "No. 3", nor before a word in lower case.
 */
export function splitSentences(text: string, lang: Lang): [number, number][] {
	const v = speeches[lang];
	const dotted = new Set(Object.keys(v.abbreviations).filter((k) => k.endsWith('.')).map((k) => k.toLowerCase()));
	const mayEnd = new Set(v.mayEndSentence.map((k) => k.toLowerCase()));
	const out: [number, number][] = [];
	let start = 0;
	const push = (end: number) => {
		const piece = text.slice(start, end);
		const lead = piece.length - piece.trimStart().length;
		const trimmed = piece.trim();
		if (/[\p{L}\p{N}]/u.test(trimmed)) out.push([start + lead, start + lead + trimmed.length]);
	};
	for (const m of text.matchAll(/([.!?…]+)(["'”’»)\]]*)(\s+)/gu)) {
		const end = m.index + m[1]!.length + m[2]!.length;
		const next = text[m.index + m[0].length] ?? '';
		if (m[1] === '.' && !m[2]) {
			const word = /[\p{L}\p{N}.]*$/u.exec(text.slice(start, m.index))![0];
			const isFirstWord = text.slice(start, m.index).trim() === word;
			if (/^\p{L}$/u.test(word)) continue; // "A. Rp6.000", an initial
			if (/^\d+$/.test(word) && isFirstWord) continue; // "1. Satu batch…"
			if (/^no$/i.test(word) && /\d/.test(next)) continue;
			const abbreviation = `${word.toLowerCase()}.`;
			if (dotted.has(abbreviation) && !(mayEnd.has(abbreviation) && /\p{Lu}/u.test(next))) continue;
			if (/\p{Ll}/u.test(next)) continue;
		}
		push(end);
		start = end;
	}
	push(text.length);
	return out;
}
