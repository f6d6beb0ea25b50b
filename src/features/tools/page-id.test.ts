import { describe, expect, it } from 'vitest';
import { pageId } from './page-id.ts';

describe('pageId', () => {
	it('numbers the tools of one page and starts again on the next page', () => {
		const page = {};
		expect([pageId(page, 'calc'), pageId(page, 'calc'), pageId(page, 'cap')]).toEqual(['calc-1', 'calc-2', 'cap-1']);
		expect(pageId({}, 'calc')).toBe('calc-1');
	});
});
