import { describe, expect, it } from 'vitest';
import { checkLinks, idsOf, refsOf, toSitePath, type SiteView } from './link-check.ts';

const SITE = 'https://naik-kelas.pages.dev';
const pages: Record<string, string> = {
	'/': '<h1 id="_top">Home</h1><a href="/belajar/a/">A</a><a href="/belajar/a/#langkah-2">step 2</a><a href="#bawah">down</a><p id="bawah"></p>',
	'/belajar/a/': '<h2 id="langkah-1">1</h2><h2 id="langkah-2">2</h2><img src="/_astro/a.svg" alt="x"><link rel="stylesheet" href="/_astro/s.css">',
};
const files = new Set(['/', '/belajar/a/', '/_astro/a.svg', '/_astro/s.css']);
const site: SiteView = { exists: (p) => files.has(p), ids: (p) => (pages[p] === undefined ? undefined : idsOf(pages[p]!)) };
const run = (extra: Record<string, string>) => checkLinks(Object.entries({ ...pages, ...extra }), site, SITE);

describe('checkLinks', () => {
	it('passes a site whose links, anchors and files all exist', () => {
		expect(run({})).toEqual([]);
	});
	it('fails a link to a page the build did not make', () => {
		expect(run({ '/x/': '<a href="/belajar/hilang/">gone</a>' })).toEqual([{ page: '/x/', href: '/belajar/hilang/', reason: 'no such page in the build' }]);
	});
	it('fails a link to a missing anchor, on another page or the same page', () => {
		const problems = run({ '/x/': '<a href="/belajar/a/#langkah-9">9</a><a href="#nowhere">n</a>' });
		expect(problems.map((p) => p.href)).toEqual(['/belajar/a/#langkah-9', '#nowhere']);
		expect(problems[0]!.reason).toContain('id="langkah-9"');
	});
	it('fails a missing image or stylesheet, also inside srcset', () => {
		const problems = run({ '/x/': '<img src="/_astro/none.png" alt="a"><img srcset="/_astro/a.svg 1x, /_astro/b.svg 2x" alt="b"><link rel="stylesheet" href="/_astro/old.css">' });
		expect(problems.map((p) => p.href)).toEqual(['/_astro/old.css', '/_astro/none.png', '/_astro/b.svg']);
		expect(problems.every((p) => p.reason === 'no such file in the build')).toBe(true);
	});
	it('fails a page link without the trailing slash the site uses', () => {
		expect(run({ '/x/': '<a href="/belajar/a">a</a>' })[0]!.reason).toContain('trailing slash');
	});
	it('resolves relative links and absolute links to our own domain', () => {
		expect(run({ '/belajar/b/': '<a href="../a/">a</a><a href="https://naik-kelas.pages.dev/belajar/c/">c</a>' })).toEqual([
			{ page: '/belajar/b/', href: 'https://naik-kelas.pages.dev/belajar/c/', reason: 'no such page in the build' },
		]);
	});
	it('ignores other sites and non-web links', () => {
		expect(run({ '/x/': '<a href="https://wa.me/?text=a">wa</a><a href="mailto:a@b.c">m</a><a href="tel:123">t</a><img src="data:image/png;base64,AA" alt="d">' })).toEqual([]);
	});
});

describe('helpers', () => {
	it('reads ids, decoding entities', () => {
		expect([...idsOf('<h2 id="a&amp;b">x</h2><a name="old"></a>')]).toEqual(['a&b', 'old']);
	});
	it('treats canonical and alternate as links, other <link>s as resources', () => {
		expect(refsOf('<link rel="canonical" href="/a/"><link rel="icon" href="/f.svg">')).toEqual([
			{ kind: 'link', href: '/a/' },
			{ kind: 'resource', href: '/f.svg' },
		]);
	});
	it('maps hrefs to site paths', () => {
		expect(toSitePath('/en/belajar/a/?jalur=x#b', '/', SITE)).toEqual({ path: '/en/belajar/a/', hash: 'b' });
		expect(toSitePath('https://example.com/', '/', SITE)).toBeUndefined();
		expect(toSitePath('mailto:x@y.z', '/', SITE)).toBeUndefined();
	});
});
