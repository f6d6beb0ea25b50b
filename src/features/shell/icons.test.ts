/**
 * The icons the stylesheet draws (icons.css) are Starlight's own, path for path: what the pages showed as inline SVG
 * before they left the HTML.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Icons } from '../../../node_modules/@astrojs/starlight/dist/components-internals/Icons.js';

const css = readFileSync(new URL('./icons.css', import.meta.url), 'utf8');
const drawn = Object.fromEntries([...css.matchAll(/\.nk-icon--([\w-]+) \{\s*--nk-icon: url\("data:image\/svg\+xml,([^"]+)"\);/g)].map((m) => [m[1]!, decodeURIComponent(m[2]!)]));

describe('icons drawn by the stylesheet', () => {
	it.each(['laptop', 'translate', 'down-caret', 'bars', 'close', 'magnifier', 'right-caret', 'link-alt'])('%s is Starlight’s', (name) => {
		const svg = drawn[name];
		expect(svg, `.nk-icon--${name} in icons.css`).toBeDefined();
		expect(svg).toBe(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>${(Icons as Record<string, string>)[name]!.replaceAll('"', "'")}</svg>`);
	});
});
