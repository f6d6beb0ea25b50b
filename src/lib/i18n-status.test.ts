import { describe, expect, it } from 'vitest';
import { i18nStatus } from './i18n-status.ts';

describe('i18nStatus', () => {
	it('reports missing and outdated translations', () => {
		const s = i18nStatus([
			{ lang: 'id', rel: 'belajar/a.mdx', changed: '2026-11-20' },
			{ lang: 'en', rel: 'belajar/a.mdx', changed: '2026-11-20' },
			{ lang: 'id', rel: 'belajar/b.mdx', changed: '2026-11-22' },
			{ lang: 'en', rel: 'belajar/b.mdx', changed: '2026-11-01' },
			{ lang: 'en', rel: 'pelatih.mdx', changed: '2026-11-01' },
		]);
		expect(s.complete).toBe(2);
		expect(s.missing).toEqual([{ rel: 'pelatih.mdx', lang: 'id' }]);
		expect(s.outdated).toEqual([{ rel: 'belajar/b.mdx', stale: 'en', newer: '2026-11-22', older: '2026-11-01' }]);
	});
});
