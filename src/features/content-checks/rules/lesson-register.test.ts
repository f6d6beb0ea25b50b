import { describe, expect, it } from 'vitest';
import { lessonRegister as rule } from './lesson-register.ts';
import { updateRegister } from '../lesson-register-update.ts';
import { pair, parsed } from './test-lesson.ts';
import { parseContent } from '../content-check.ts';
import type { LessonRegister } from '../../../core/schemas/lesson-register.ts';
import type { ContentInput } from '../content-check.ts';

const REGISTER = 'content/lesson-register.yaml';
const registered = (published: Record<string, string>, extra: Partial<LessonRegister> = {}) => ({ file: REGISTER, data: { published, moved: {}, retired: {}, ...extra } });
const moved = (data: Record<string, string>) => ({ file: 'content/moved-lessons.yaml', data });
const check = (input: ContentInput) => rule.check(parsed(input));
// Two lessons, `cost-of-goods` at hitung-hpp and `pricing` at harga-jual.
const lessons = () => [...pair({ lessonId: 'cost-of-goods' }, 'hitung-hpp'), ...pair({ lessonId: 'pricing', title: 'Harga jual' }, 'harga-jual')];
const renamed = () => lessons().map((l) => (l.slug === 'hitung-hpp' ? { ...l, slug: 'hitung-modal', file: l.file.replace('hitung-hpp', 'hitung-modal') } : l));
const REG = { 'cost-of-goods': 'hitung-hpp', pricing: 'harga-jual' };

describe(rule.name, () => {
	it('passes lessons that are all registered at their slug', () => {
		expect(check({ lessons: lessons(), register: registered(REG) })).toEqual([]);
	});

	it('refuses a renamed file without a redirect, and passes it once the old slug redirects and the register is updated', () => {
		const errors = check({ lessons: renamed(), register: registered(REG) });
		expect(errors).toEqual([{ file: 'src/content/docs/belajar/hitung-modal.mdx', field: '(file name)', value: 'hitung-modal', message: expect.stringContaining('add the line "hitung-hpp: cost-of-goods" to content/moved-lessons.yaml') }]);
		// With the redirect but the register not yet updated: the message says to run the command.
		expect(check({ lessons: renamed(), register: registered(REG), movedLessons: moved({ 'hitung-hpp': 'cost-of-goods' }) })).toEqual([expect.objectContaining({ file: REGISTER, message: expect.stringContaining('npm run register') })]);
		const { register } = updateRegister(registered(REG).data, new Map([['cost-of-goods', { slug: 'hitung-modal' }], ['pricing', { slug: 'harga-jual' }]]), { 'hitung-hpp': 'cost-of-goods' });
		expect(register.published['cost-of-goods']).toBe('hitung-modal');
		expect(check({ lessons: renamed(), register: { file: REGISTER, data: register }, movedLessons: moved({ 'hitung-hpp': 'cost-of-goods' }) })).toEqual([]);
	});

	it('refuses a changed lessonId: ids never change', () => {
		const changed = lessons().map((l) => (l.slug === 'hitung-hpp' ? { ...l, data: { ...(l.data as object), lessonId: 'hpp' } } : l));
		const errors = check({ lessons: changed, register: registered({ ...REG, hpp: 'hitung-hpp' }) });
		expect(errors).toEqual([expect.objectContaining({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: 'lessonId', message: expect.stringContaining('Put back lessonId: cost-of-goods') })]);
	});

	it('refuses a deleted lesson, and passes it once retired with the lesson its links go to', () => {
		const left = lessons().filter((l) => l.slug !== 'harga-jual');
		expect(check({ lessons: left, register: registered(REG) })).toEqual([expect.objectContaining({ file: REGISTER, field: 'published.pricing', message: expect.stringContaining('move it to "retired:"') })]);
		const retired = { pricing: { slug: 'harga-jual', replacedBy: 'cost-of-goods', reason: 'Merged into the HPP lesson.' } };
		expect(check({ lessons: left, register: registered({ 'cost-of-goods': 'hitung-hpp' }, { retired }) })).toEqual([]);
		expect(check({ lessons: left, register: registered({ 'cost-of-goods': 'hitung-hpp' }, { retired: { pricing: { ...retired.pricing, replacedBy: 'ghost' } } }) })).toEqual([expect.objectContaining({ field: 'retired.pricing.replacedBy', allowed: ['cost-of-goods'] })]);
	});

	it('refuses a deleted redirect and a reused retired id or old slug', () => {
		expect(check({ lessons: lessons(), register: registered(REG, { moved: { lama: 'pricing' } }) })).toEqual([expect.objectContaining({ file: 'content/moved-lessons.yaml', field: 'lama', message: expect.stringContaining('Put it back') })]);
		const retired = { 'old-lesson': { slug: 'hitung-hpp', replacedBy: 'pricing', reason: 'Replaced by the pricing lesson.' } };
		expect(check({ lessons: lessons(), register: registered(REG, { retired }) }).map((e) => e.message)).toEqual([expect.stringContaining('was the address of the retired lesson old-lesson')]);
		expect(check({ lessons: lessons(), register: registered(REG), movedLessons: moved({ 'harga-jual': 'cost-of-goods' }) }).map((e) => e.message)).toEqual([expect.stringContaining('is an old address of cost-of-goods')]);
	});

	it('tells exactly what to do about a lesson not in the register yet, and the command adds it', () => {
		const errors = check({ lessons: lessons(), register: registered({ 'cost-of-goods': 'hitung-hpp' }) });
		expect(errors).toEqual([{ file: 'src/content/docs/belajar/harga-jual.mdx', field: 'lessonId', value: 'pricing', message: 'this lesson is not in content/lesson-register.yaml yet: run `npm run register` and commit content/lesson-register.yaml with the lesson (it adds "pricing: harga-jual")' }]);
		const { register, added } = updateRegister(registered({ 'cost-of-goods': 'hitung-hpp' }).data, new Map([['cost-of-goods', { slug: 'hitung-hpp' }], ['pricing', { slug: 'harga-jual' }]]), {});
		expect(added).toEqual(['pricing']);
		expect(check({ lessons: lessons(), register: { file: REGISTER, data: register } })).toEqual([]);
	});

	it('the command never removes a lesson that is gone, so the rule keeps refusing it', () => {
		const { register } = updateRegister(registered(REG).data, new Map([['cost-of-goods', { slug: 'hitung-hpp' }]]), {});
		expect(register.published).toEqual(REG);
	});

	it('refuses a missing register file with the command that writes it', () => {
		expect(parseContent({ lessons: lessons(), register: { file: REGISTER, data: undefined } }).errors).toEqual([expect.objectContaining({ file: REGISTER, message: expect.stringContaining('run `npm run register`') })]);
		expect(parseContent({ lessons: lessons(), register: registered(REG) }).errors).toEqual([]);
	});
});
