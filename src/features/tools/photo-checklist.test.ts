import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/locales.ts';
import { t } from '../../core/i18n/ui.ts';
import { PHOTO_CHECKLIST, PHOTO_CHECKLIST_KEY, parseChecklist, serializeChecklist, setChecked, readyCount, normaliseChecked } from './photo-checklist.ts';

describe('PHOTO_CHECKLIST', () => {
	it('covers the eight checks, bilingual, with unique stable ids', () => {
		expect(PHOTO_CHECKLIST.map((i) => i.id)).toEqual(['light', 'background', 'angle', 'focus', 'clean', 'true-colour', 'complete-set', 'channel-format']);
		for (const item of PHOTO_CHECKLIST) {
			expect(item.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			for (const lang of LANGS) {
				expect(t(lang).photoChecklist.items[item.id].title.length).toBeGreaterThan(3);
				expect(t(lang).photoChecklist.items[item.id].detail.length).toBeGreaterThan(20);
			}
		}
		const set = t('id').photoChecklist.items['complete-set'];
		for (const shot of ['depan', 'samping', 'detail', 'dipakai', 'ukuran']) expect(set.detail).toContain(shot);
	});
	it('uses its own storage key, apart from lesson progress', () => {
		expect(PHOTO_CHECKLIST_KEY).toBe('naik-kelas:photo-checklist');
	});
});

describe('stored ticks', () => {
	it('round-trips as versioned JSON in checklist order', () => {
		const text = serializeChecklist(['focus', 'light', 'light']);
		expect(JSON.parse(text)).toEqual({ v: 1, checked: ['light', 'focus'] });
		expect(parseChecklist(text)).toEqual({ checked: ['light', 'focus'], readable: true });
	});
	it('treats nothing stored as an empty, readable list', () => {
		expect(parseChecklist(null)).toEqual({ checked: [], readable: true });
		expect(parseChecklist('')).toEqual({ checked: [], readable: true });
	});
	it('drops unknown ids and non-strings without failing', () => {
		expect(parseChecklist(JSON.stringify({ v: 1, checked: ['light', 'old-item', 3, null, { x: 1 }] }))).toEqual({ checked: ['light'], readable: true });
	});
	it('marks corrupt or newer data unreadable instead of throwing', () => {
		for (const bad of ['{not json', 'null', '[]', '"light"', JSON.stringify({ v: 2, checked: ['light'] }), JSON.stringify({ v: 1, checked: 'light' })]) {
			expect(parseChecklist(bad)).toEqual({ checked: [], readable: false });
		}
	});
});

describe('ticking and counting', () => {
	it('ticks, unticks and counts N of M', () => {
		let checked: string[] = [];
		checked = setChecked(checked, 'angle', true);
		checked = setChecked(checked, 'light', true);
		checked = setChecked(checked, 'angle', true);
		expect(checked).toEqual(['light', 'angle']);
		expect(readyCount(checked)).toEqual({ done: 2, total: 8 });
		checked = setChecked(checked, 'light', false);
		expect(checked).toEqual(['angle']);
		expect(readyCount(setChecked(checked, 'nope', true))).toEqual({ done: 1, total: 8 });
		expect(normaliseChecked(PHOTO_CHECKLIST.map((i) => i.id)).length).toBe(8);
	});
});
