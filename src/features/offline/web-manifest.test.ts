import { describe, expect, it } from 'vitest';
import { ICONS, maskableSvg, manifestUrl, webManifest } from './web-manifest.ts';
import { ui } from '../../core/i18n/ui.ts';

describe('webManifest', () => {
	for (const lang of ['id', 'en'] as const) {
		const m = webManifest(lang, { name: ui[lang].offline.appName, description: ui[lang].offline.appDescription });
		it(`${lang}: has what browsers need to offer "install" (name, start_url, display, 192 and 512 icons)`, () => {
			expect(m.name).toBeTruthy();
			expect(m.short_name.length).toBeLessThanOrEqual(12);
			expect(m.start_url).toBe(lang === 'en' ? '/en/' : '/');
			expect(m.display).toBe('standalone');
			expect(m.lang).toBe(lang);
			for (const size of ['192x192', '512x512']) expect(m.icons.some((i) => i.sizes === size && i.purpose === 'any')).toBe(true);
			expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
		});
	}
	it('names the app in each language', () => {
		expect(webManifest('id', { name: ui.id.offline.appName, description: '' }).name).toMatch(/belajar/);
		expect(webManifest('en', { name: ui.en.offline.appName, description: '' }).name).toMatch(/learn/);
		expect(manifestUrl('en')).toBe('/en/manifest.webmanifest');
		expect(manifestUrl('id')).toBe('/manifest.webmanifest');
	});
	it('lists every icon file once', () => {
		expect(new Set(ICONS.map((i) => i.file)).size).toBe(ICONS.length);
	});
});

describe('maskableSvg', () => {
	it('puts the drawing, scaled into the safe zone, on a full-bleed background', () => {
		const out = maskableSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5d3b"/><path d="M7 23h5"/></svg>');
		expect(out).toMatch(/^<svg[^>]*viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5d3b"\/>/);
		expect(out).toContain('translate(6.4 6.4) scale(0.6)');
		expect(out).toContain('<path d="M7 23h5"/>');
		expect(out.match(/<svg/g)).toHaveLength(1);
	});
});
