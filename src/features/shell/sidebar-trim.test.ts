import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openStage, orderStageLessons, sidebarHash, windowAround, type SidebarEntry } from './sidebar-trim.ts';

const link = (label: string, href = `/${label}/`): SidebarEntry => ({ type: 'link', label, href, isCurrent: false, attrs: {} });
/** The configured sidebar: entry points, then one link per stage (src/features/shell/sidebar.ts). */
const base: SidebarEntry[] = [
	{ type: 'group', label: 'Mulai', entries: [link('mulai'), link('jalur')], collapsed: false },
	link('Konsistensi', '/jalur/consistency/'),
	link('Keuangan', '/jalur/finance-basics/'),
	link('Jualan sosial', '/jalur/social-commerce/'),
];
const lessons = (n: number) => Array.from({ length: n }, (_, i) => ({ href: `/belajar/k-${i}/`, label: `Pelajaran ${i}` }));
const all = { href: '/jalur/finance-basics/', label: 'Semua pelajaran tahap ini →' };
const count = (entries: SidebarEntry[]): number => entries.reduce((n, e) => n + 1 + (e.type === 'group' ? count(e.entries) : 0), 0);

describe('openStage', () => {
	it("opens the current lesson's stage in place of its link and marks the lesson as current", () => {
		const out = openStage(base, { index: 2, lessons: lessons(6), current: '/belajar/k-3/', all, window: 15 });
		expect(out.map((e) => e.type)).toEqual(['group', 'link', 'group', 'link']);
		const group = out[2] as Extract<SidebarEntry, { type: 'group' }>;
		expect(group).toMatchObject({ label: 'Keuangan', collapsed: false });
		expect(group.entries.map((e) => e.label)).toEqual(['Pelajaran 0', 'Pelajaran 1', 'Pelajaran 2', 'Pelajaran 3', 'Pelajaran 4', 'Pelajaran 5']);
		expect(group.entries.filter((e) => e.type === 'link' && e.isCurrent).map((e) => e.label)).toEqual(['Pelajaran 3']);
		// Other stages stay one link each; the entry points are untouched.
		expect(out[1]).toBe(base[1]);
		expect(out[0]).toBe(base[0]);
	});

	it('keeps a page small however many lessons a stage has: a window plus a link to the whole stage', () => {
		const small = openStage(base, { index: 2, lessons: lessons(20), current: '/belajar/k-10/', all, window: 15 });
		const huge = openStage(base, { index: 2, lessons: lessons(2000), current: '/belajar/k-1000/', all, window: 15 });
		expect(count(huge)).toBe(count(small));
		const group = huge[2] as Extract<SidebarEntry, { type: 'group' }>;
		expect(group.entries).toHaveLength(16);
		expect(group.entries.at(-1)).toMatchObject({ href: '/jalur/finance-basics/', label: all.label });
		expect(group.entries.some((e) => e.type === 'link' && e.isCurrent && e.href === '/belajar/k-1000/')).toBe(true);
	});

	it('does not change the input (Starlight reuses it)', () => {
		const before = JSON.stringify(base);
		openStage(base, { index: 1, lessons: lessons(3), current: '/belajar/k-0/', all, window: 15 });
		expect(JSON.stringify(base)).toBe(before);
	});
});

describe('windowAround', () => {
	const items = Array.from({ length: 30 }, (_, i) => i);
	it('centres on the index and stays inside the list', () => {
		expect(windowAround(items, 15, 5)).toEqual({ items: [13, 14, 15, 16, 17], start: 13 });
		expect(windowAround(items, 0, 5).items).toEqual([0, 1, 2, 3, 4]);
		expect(windowAround(items, 29, 5).items).toEqual([25, 26, 27, 28, 29]);
		expect(windowAround([1, 2], 0, 5).items).toEqual([1, 2]);
	});
});

describe('orderStageLessons', () => {
	it("follows the stage path's teaching order, then slug for lessons not in the path yet", () => {
		const list = [
			{ id: 'c', slug: 'zeta' },
			{ id: 'x', slug: 'beta' },
			{ id: 'a', slug: 'alpha' },
			{ id: 'y', slug: 'aaa' },
		];
		expect(orderStageLessons(list, ['a', 'c']).map((l) => l.id)).toEqual(['a', 'c', 'y', 'x']);
	});
});

describe('sidebarHash', () => {
	// Starlight's own functions, read from the installed package (its module imports virtual modules, so it cannot be
	// imported here): a state Starlight's script saved must match the hash this sidebar carries.
	const source = readFileSync('node_modules/@astrojs/starlight/dist/utils/navigation.js', 'utf8');
	const fn = (name: string) => /function \w+\([^)]*\) \{[\s\S]*?\n\}/.exec(source.slice(source.indexOf(`function ${name}(`)))![0];
	const starlightHash = new Function(`${fn('getSidebarHash')}\n${fn('recursivelyBuildSidebarIdentity')}\nreturn getSidebarHash;`)() as (s: SidebarEntry[]) => string;

	it("is Starlight's hash of the same sidebar", () => {
		const opened = openStage(base, { index: 2, lessons: lessons(6), current: '/belajar/k-3/', all, window: 15 });
		for (const sidebar of [base, opened, [], [link('Ä', '/ä/')]]) expect(sidebarHash(sidebar)).toBe(starlightHash(sidebar));
	});

	it('differs when the sidebar differs, not when only the current page does', () => {
		const at = (current: string) => openStage(base, { index: 2, lessons: lessons(6), current, all, window: 15 });
		expect(sidebarHash(at('/belajar/k-1/'))).toBe(sidebarHash(at('/belajar/k-4/')));
		expect(sidebarHash(at('/belajar/k-1/'))).not.toBe(sidebarHash(base));
	});
});
