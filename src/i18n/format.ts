/**
 * Small text helpers for UI strings, shared by pages and the on-device scripts.
 * Strings in `ui.ts` use `{name}` placeholders so word order can differ per language.
 */
import type { Lang } from '../schemas/vocabulary.ts';

/** Replace `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "45 menit", "1 jam 25 menit" / "45 min", "1 h 25 min". */
export function formatMinutes(minutes: number, lang: Lang): string {
	const m = Math.max(0, Math.round(minutes));
	const [h, min] = [Math.floor(m / 60), m % 60];
	const words = lang === 'en' ? { h: 'h', m: 'min' } : { h: 'jam', m: 'menit' };
	if (h === 0) return `${m} ${words.m}`;
	return min === 0 ? `${h} ${words.h}` : `${h} ${words.h} ${min} ${words.m}`;
}

/** A date saved as YYYY-MM-DD shown in the reader's language ("5 Jan 2026"), without time zones shifting the day. */
export function formatDay(iso: string, lang: Lang): string {
	const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
	if (!y || !mo || !d) return iso;
	const months = lang === 'en' ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] : ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
	return `${d} ${months[mo - 1]} ${y}`;
}
