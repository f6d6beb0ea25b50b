import { describe, expect, it } from 'vitest';
import { I18N_SKIP_MARKER, i18nStatus, lastTrackedChange, parseGitLog, type PageHistory } from './i18n-status.ts';

const change = (date: string, message = 'Edit the lesson') => ({ date: `${date}T10:00:00+00:00`, message });
const page = (lang: 'id' | 'en', rel: string, ...changes: ReturnType<typeof change>[]): PageHistory => ({ lang, rel, changes });

describe('i18nStatus', () => {
	it('marks the English page outdated when the Indonesian source changed after it', () => {
		const s = i18nStatus([page('id', 'belajar/a.mdx', change('2026-11-22'), change('2026-11-01')), page('en', 'belajar/a.mdx', change('2026-11-10'))]);
		expect(s.complete).toBe(1);
		expect(s.outdated).toEqual([{ rel: 'belajar/a.mdx', source: change('2026-11-22'), translation: change('2026-11-10') }]);
	});

	it('never marks the Indonesian source: an English change after it is fine', () => {
		const s = i18nStatus([page('id', 'belajar/a.mdx', change('2026-11-01')), page('en', 'belajar/a.mdx', change('2026-11-22'), change('2026-11-01'))]);
		expect(s.outdated).toEqual([]);
	});

	it('counts a change made in both languages in one commit as up to date', () => {
		expect(i18nStatus([page('id', 'a.mdx', change('2026-11-22')), page('en', 'a.mdx', change('2026-11-22'))]).outdated).toEqual([]);
	});

	it(`ignores a source change whose commit message says ${I18N_SKIP_MARKER}`, () => {
		const source = page('id', 'belajar/a.mdx', change('2026-11-22', `Fix a typo ${I18N_SKIP_MARKER}`), change('2026-11-01'));
		expect(i18nStatus([source, page('en', 'belajar/a.mdx', change('2026-11-10'))]).outdated).toEqual([]);
		// The marker is found in the body too, in any case; a later real change still counts.
		const later = page('id', 'belajar/a.mdx', change('2026-11-25'), change('2026-11-22', 'Move links\n\n[I18N-SKIP]'), change('2026-11-01'));
		expect(i18nStatus([later, page('en', 'belajar/a.mdx', change('2026-11-10'))]).outdated).toHaveLength(1);
	});

	it('does not let a skipped English change count as catching up', () => {
		const s = i18nStatus([page('id', 'a.mdx', change('2026-11-15')), page('en', 'a.mdx', change('2026-11-20', `Typo ${I18N_SKIP_MARKER}`), change('2026-11-10'))]);
		expect(s.outdated.map((o) => o.translation.date)).toEqual([change('2026-11-10').date]);
	});

	it('reports a page missing in either language, and does not count it as complete', () => {
		const s = i18nStatus([page('en', 'pelatih.mdx', change('2026-11-01')), page('id', 'belajar/b.mdx', change('2026-11-01'))]);
		expect(s.missing).toEqual([
			{ rel: 'belajar/b.mdx', lang: 'en' },
			{ rel: 'pelatih.mdx', lang: 'id' },
		]);
		expect(s.complete).toBe(0);
		expect(s.outdated).toEqual([]);
	});

	it('compares instants, not the text of dates in other time zones', () => {
		const s = i18nStatus([page('id', 'a.mdx', { date: '2026-11-22T09:00:00+07:00', message: 'x' }), page('en', 'a.mdx', { date: '2026-11-22T03:00:00+00:00', message: 'y' })]);
		expect(s.outdated).toEqual([]);
	});
});

describe('lastTrackedChange', () => {
	it('takes the newest change without the marker, or the newest when all have it', () => {
		expect(lastTrackedChange([change('2026-11-22', `a ${I18N_SKIP_MARKER}`), change('2026-11-01')])).toEqual(change('2026-11-01'));
		expect(lastTrackedChange([change('2026-11-22', `a ${I18N_SKIP_MARKER}`)])).toEqual(change('2026-11-22', `a ${I18N_SKIP_MARKER}`));
		expect(lastTrackedChange([])).toBeUndefined();
	});
});

describe('parseGitLog', () => {
	it('reads hash, date and the whole message of each commit, newest first', () => {
		const text = `aaa\x1f2026-11-22T20:12:22+00:00\x1fRupiah as Rp15,000\n\nBody line [i18n-skip]\n\x1e\nbbb\x1f2026-11-20T08:00:00+07:00\x1fFirst\n\x1e\n`;
		expect(parseGitLog(text)).toEqual([
			{ hash: 'aaa', date: '2026-11-22T20:12:22+00:00', message: 'Rupiah as Rp15,000\n\nBody line [i18n-skip]' },
			{ hash: 'bbb', date: '2026-11-20T08:00:00+07:00', message: 'First' },
		]);
		expect(parseGitLog('')).toEqual([]);
	});
});
