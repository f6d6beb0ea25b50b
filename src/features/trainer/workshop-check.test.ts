/** Workshop plans go through the same content check as programs and paths: schema, ids, lesson references. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../content-checks/content-check.ts';
import { workshopSchema } from '../../core/schemas/workshop.ts';
import { readLessons, readYamlDir } from '../../core/catalogue/read-content.ts';

const FILE = 'content/workshops/jualan-pertama-whatsapp.yaml';
// The raw files, as the content check reads them: the tests below break them on purpose.
const { data: raw } = readYamlDir('.', 'content/workshops').find((f) => f.file === FILE)!;
// A fresh, untyped copy of the raw file for each test to break.
const plan = () => JSON.parse(JSON.stringify(raw));
const { lessons } = readLessons('.');
const check = (data: unknown, file = FILE) => checkContent({ lessons, workshops: [{ file, data }] }).errors.filter((e) => e.file === file);

describe('workshop plans in the content check', () => {
	it('accepts the plans in content/workshops', () => {
		expect(check(plan())).toEqual([]);
	});

	it('names the file, field and value of an unknown lesson id, with the allowed ids', () => {
		const data = plan();
		data.agenda[1].lesson = 'whatsapp-jualan';
		const [error] = check(data);
		expect(error).toMatchObject({ file: FILE, field: 'agenda.1.lesson', value: 'whatsapp-jualan', message: 'unknown lesson id' });
		expect(error!.allowed).toContain('whatsapp-selling-basics');
	});

	it('checks lesson ids in hands-on activities and homework too', () => {
		const data = plan();
		data.handsOn[0].lesson = 'nope';
		data.homework[2].lesson = 'nope-either';
		expect(check(data).map((e) => e.field)).toEqual(['handsOn.0.lesson', 'homework.2.lesson']);
	});

	it('requires the id to match the file name', () => {
		const data = { ...plan(), id: 'first-sale' };
		expect(check(data)[0]).toMatchObject({ field: 'id', value: 'first-sale' });
	});

	it('explains schema problems per field', () => {
		const data = plan();
		data.agenda[1] = { kind: 'lesson', minutes: 40, activity: { id: 'x', en: 'x' } };
		data.delivery.recommended = 'online';
		data.delivery.online.fit = 'workable';
		data.title.en = '';
		const fields = check(data).map((e) => e.field);
		expect(fields).toEqual(expect.arrayContaining(['agenda.1.lesson', 'delivery.recommended', 'title.en']));
	});

	it('refuses ids taken by trainer pages', () => {
		expect(workshopSchema.safeParse({ ...plan(), id: 'evaluasi' }).success).toBe(false);
	});

	it('requires delivery fit values from the vocabulary', () => {
		const data = plan();
		data.delivery.hybrid.fit = 'ok';
		const error = check(data).find((e) => e.field === 'delivery.hybrid.fit');
		expect(error?.allowed).toEqual(['good', 'workable', 'poor']);
	});
});
