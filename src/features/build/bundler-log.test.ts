import { describe, expect, it, vi } from 'vitest';
import { bundlerLog, isAstroHeadInjectWarning } from './bundler-log.ts';

const headInject = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	message: 'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/belajar/daftar-nib.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the bundler log during the build', () => {
	it("drops Rolldown's warning about Astro's head-inject marker on a content entry's wrapper", () => {
		const handler = vi.fn();
		bundlerLog('warn', headInject, handler);
		expect(handler).not.toHaveBeenCalled();
	});
	it('passes every other message on unchanged: another directive, another file, another code, other levels', () => {
		const others = [
			{ ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') },
			{ ...headInject, message: headInject.message.replace('?astroPropagatedAssets', '') },
			{ code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "x"' },
			{ message: 'no code' },
		];
		for (const log of others) {
			expect(isAstroHeadInjectWarning(log)).toBe(false);
			const handler = vi.fn();
			bundlerLog('warn', log, handler);
			expect(handler).toHaveBeenCalledWith('warn', log);
		}
		const handler = vi.fn();
		bundlerLog('info', headInject, handler);
		expect(handler).toHaveBeenCalledWith('info', headInject);
	});
});
