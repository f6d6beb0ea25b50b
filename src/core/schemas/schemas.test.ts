/**
 * The schemas refuse unsafe and impossible data: link schemes that run code, days that do not exist, checks dated in
 * the future, misspelt lesson keys, titles and descriptions too long for a phone. The clock is set by each test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isoDate, pastDate, setContentToday, sourceSchema, webUrl } from './common.ts';
import { programSchema } from './program.ts';
import { closestKey, DESCRIPTION_MAX, lessonFrontmatterSchema, STARLIGHT_KEYS, TITLE_MAX } from './lesson.ts';
import { lesson } from '../../features/content-checks/rules/test-lesson.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

afterEach(() => setContentToday(undefined));

describe('URL fields', () => {
	const program = { id: 'contoh', name: 'Contoh', organizer: 'Dinas', orgType: 'ngo', archetype: 'unknown', delivery: 'online', regions: ['national'], cost: 'free', incentives: 'unknown', duration: 'unknown', website: 'https://example.go.id/program', description: { id: 'Program contoh.', en: 'Example program.' }, sources: [{ title: 'Laporan', url: 'https://example.go.id/laporan' }], lastVerified: '2026-11-22' };
	it.each(['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.com/'])('refuses %s with the scheme it found', (url) => {
		const [message] = messages(webUrl.safeParse(url));
		expect(message).toMatch(/only web addresses are allowed \(https: or http:\): found "[a-z]+:"/i);
	});
	it('refuses text that is not an address', () => {
		expect(messages(webUrl.safeParse('www.example.com'))[0]).toContain('starting with https://');
	});
	it('accepts https and http addresses', () => {
		expect(webUrl.safeParse('https://www.kemenkopukm.go.id/a?b=c#d').success).toBe(true);
		expect(webUrl.safeParse('http://intranet.example/a').success).toBe(true);
	});
	it("applies to a program's website and its sources, and to a lesson's sources", () => {
		setContentToday('2026-12-01');
		expect(programSchema.safeParse(program).success).toBe(true);
		expect(messages(programSchema.safeParse({ ...program, website: 'javascript:alert(1)' }))).toEqual([expect.stringMatching(/^website: only web addresses/)]);
		expect(messages(programSchema.safeParse({ ...program, sources: [{ title: 'Laporan', url: 'data:text/html,x' }] }))).toEqual([expect.stringMatching(/^sources\.0\.url: only web addresses/)]);
		expect(messages(lessonFrontmatterSchema.safeParse({ ...(lesson().data as object), sources: [{ title: 'Laporan', url: 'javascript:x' }] }))).toEqual([expect.stringMatching(/^sources\.0\.url: only web addresses/)]);
		// Starlight's editUrl on a lesson too.
		expect(messages(lessonFrontmatterSchema.safeParse({ ...(lesson().data as object), editUrl: 'javascript:alert(1)' }))).toEqual([expect.stringMatching(/^editUrl: only web addresses/)]);
		expect(lessonFrontmatterSchema.safeParse({ ...(lesson().data as object), editUrl: false }).success).toBe(true);
	});
});

describe('dates', () => {
	it('refuses a day that is not in the calendar', () => {
		for (const date of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) expect(messages(isoDate.safeParse(date))).toEqual([': this day does not exist in the calendar: check the month and the day']);
		for (const date of ['2024-02-29', '2026-12-31', new Date('2026-02-28')]) expect(isoDate.safeParse(date).success).toBe(true);
	});
	it('refuses a checked or verified date in the future, by the injected clock', () => {
		setContentToday('2026-12-01');
		// Tomorrow in UTC is still today somewhere (an author in Jakarta at 06:00 WIB).
		expect(pastDate.safeParse('2026-12-02').success).toBe(true);
		expect(messages(pastDate.safeParse('2026-12-03'))).toEqual([': this date is in the future (today is 2026-12-01): write the day it actually happened']);
		expect(messages(sourceSchema.safeParse({ title: 'Halaman', url: 'https://example.go.id/', checked: '2027-01-01' }))[0]).toMatch(/^checked: this date is in the future/);
		setContentToday('2027-06-01');
		expect(sourceSchema.safeParse({ title: 'Halaman', url: 'https://example.go.id/', checked: '2027-01-01' }).success).toBe(true);
	});
});

describe('lesson frontmatter keys', () => {
	const data = lesson().data as Record<string, unknown>;
	it("takes Starlight's keys from Starlight's own schema", () => {
		expect(STARLIGHT_KEYS).toEqual(expect.arrayContaining(['title', 'description', 'sidebar', 'head', 'template', 'pagefind', 'draft']));
		expect(lessonFrontmatterSchema.safeParse({ ...data, sidebar: { order: 2 }, pagefind: true, tableOfContents: false }).success).toBe(true);
	});
	it('refuses a misspelt key and names the key it was probably meant to be, also next to the missing one', () => {
		const { prerequisites, lessonId, ...rest } = data;
		const errors = messages(lessonFrontmatterSchema.safeParse({ ...rest, prerequisite: prerequisites, lessonID: lessonId }));
		expect(errors).toEqual(
			expect.arrayContaining([expect.stringMatching(/^prerequisite: unknown frontmatter key: did you mean "prerequisites"\?/), expect.stringMatching(/^lessonID: unknown frontmatter key: did you mean "lessonId"\?/), expect.stringMatching(/^lessonId: /)]),
		);
		expect(messages(lessonFrontmatterSchema.safeParse({ ...data, catatanPenulis: 'x' }))).toEqual([expect.stringMatching(/^catatanPenulis: unknown frontmatter key \(lesson keys/)]);
		expect(closestKey('durasiMinutes')).toBe('durationMinutes');
	});
	it('limits the title and description to what fits a phone', () => {
		expect(messages(lessonFrontmatterSchema.safeParse({ ...data, title: 'x'.repeat(TITLE_MAX + 1) }))[0]).toMatch(/^title: keep the title to 90 characters/);
		expect(messages(lessonFrontmatterSchema.safeParse({ ...data, description: 'x'.repeat(DESCRIPTION_MAX + 1) }))[0]).toMatch(/^description: keep the description/);
		expect(lessonFrontmatterSchema.safeParse({ ...data, title: 'x'.repeat(TITLE_MAX), description: 'x'.repeat(DESCRIPTION_MAX) }).success).toBe(true);
	});
});
