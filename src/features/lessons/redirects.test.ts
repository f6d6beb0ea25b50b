import { describe, expect, it } from 'vitest';
import { resolveMoves, resolveRetired } from './redirects.ts';

describe('resolveMoves', () => {
	it('redirects an old slug in both languages to where the lesson lives now', () => {
		expect(resolveMoves({ 'lama': 'cost-of-goods' }, { 'cost-of-goods': 'hitung-hpp' })).toEqual({
			'/belajar/lama/': '/belajar/hitung-hpp/',
			'/en/belajar/lama/': '/en/belajar/hitung-hpp/',
		});
	});
	it('follows a lesson that moved twice (both old slugs point at the id)', () => {
		const table = resolveMoves({ a: 'x', b: 'x' }, { x: 'c' });
		expect(table['/belajar/a/']).toBe('/belajar/c/');
		expect(table['/belajar/b/']).toBe('/belajar/c/');
	});
	it('refuses an entry for an unknown lesson id or the current slug', () => {
		expect(() => resolveMoves({ a: 'ghost' }, { x: 'c' })).toThrow(/no lesson has/);
		expect(() => resolveMoves({ c: 'x' }, { x: 'c' })).toThrow(/still the current slug/);
	});
});

describe('resolveRetired', () => {
	it("sends a retired lesson's old address, in both languages, to the lesson that replaced it", () => {
		expect(resolveRetired({ pricing: { slug: 'harga-jual', replacedBy: 'cost-of-goods' } }, { 'cost-of-goods': 'hitung-hpp' })).toEqual({
			'/belajar/harga-jual/': '/belajar/hitung-hpp/',
			'/en/belajar/harga-jual/': '/en/belajar/hitung-hpp/',
		});
	});
	it('refuses a replacement that is not a lesson', () => {
		expect(() => resolveRetired({ pricing: { slug: 'harga-jual', replacedBy: 'ghost' } }, { 'cost-of-goods': 'hitung-hpp' })).toThrow(/no lesson has/);
	});
});
