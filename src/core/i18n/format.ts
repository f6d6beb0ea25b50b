/**
 * Text helpers for UI strings, shared by pages, build steps and the on-device scripts: placeholders, minutes, days,
 * dates, sizes, Rupiah and percentages. The words and separators of each language come from `format` in src/core/i18n/strings/<lang>.ts.
 */
import type { Lang } from '../locales.ts';
import { formats } from './ui.ts';

/** Replace `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "45 menit", "1 jam 25 menit" / "45 min", "1 h 25 min"; with `inHours: false` always minutes ("60 menit"). */
export function formatMinutes(minutes: number, lang: Lang, { inHours = true } = {}): string {
	const m = Math.max(0, Math.round(minutes));
	const [h, min] = [Math.floor(m / 60), m % 60];
	const { hour, minute } = formats[lang];
	if (h === 0 || !inHours) return `${m} ${minute}`;
	return min === 0 ? `${h} ${hour}` : `${h} ${hour} ${min} ${minute}`;
}

/** A date saved as YYYY-MM-DD shown in the reader's language ("5 Jan 2026"), without time zones shifting the day. */
export function formatDay(iso: string, lang: Lang): string {
	const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
	if (!y || !mo || !d) return iso;
	return `${d} ${formats[lang].months[mo - 1]} ${y}`;
}

/** 2026-11-22 → "22 November 2026", with the month written out, read as a calendar date. */
export function formatDate(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Intl.DateTimeFormat(formats[lang].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** 2026-12 or 2026-12-01 → "Desember 2026" / "December 2026": the month a fact was checked. */
export function formatMonth(iso: string, lang: Lang): string {
	const [y, m] = iso.split('-').map(Number);
	if (!y || !m) return iso;
	return new Intl.DateTimeFormat(formats[lang].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "180 KB", "1,2 MB" (Indonesian decimal comma) / "1.2 MB": whole kilobytes (at least 1) below a megabyte. */
export function formatSize(bytes: number, lang: Lang): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', formats[lang].decimal)} MB`;
}

/** A decimal number as typed in a form field of this language: 8.5 → "8,5" / "8.5". */
export function formatDecimal(value: number | string, lang: Lang): string {
	return String(value).replace('.', formats[lang].decimal);
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/**
 * A percentage as its language writes it: 38.2 → "38,2 %" (with a no-break space) / "38.2%". `value` is already in
 * percent (0–100); at most `decimals` digits after the mark, none when they are zero ("20 %").
 */
export function formatPercent(value: number, lang: Lang, { decimals = 1 } = {}): string {
	if (!Number.isFinite(value)) return '–';
	const key = `${formats[lang].intl}/${decimals}`;
	let nf = percentFormats.get(key);
	if (!nf) percentFormats.set(key, (nf = new Intl.NumberFormat(formats[lang].intl, { maximumFractionDigits: decimals, useGrouping: true })));
	// Intl writes "-0" for a tiny negative that rounds to zero; say 0.
	const n = nf.format(value).replace(/^[-−]0$/, '0').replace('−', '-');
	return fill(formats[lang].percent, { n });
}

const rupiahFormat = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
/** "Rp15.000" on Indonesian pages, "Rp15,000" on English ones (no space); "-Rp2.500" for a loss. */
export function formatRupiah(value: number, lang: Lang = 'id'): string {
	if (!Number.isFinite(value)) return '–';
	return rupiahFormat.format(Math.round(value)).replace(/\s/g, '').replace(/\./g, formats[lang].thousands);
}

/** "1, 2 dan 3" / "1, 2 and 3". */
export function formatList(items: readonly (string | number)[], lang: Lang): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${formats[lang].and}${items.at(-1)}`;
}
