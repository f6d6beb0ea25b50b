import { describe, expect, it } from 'vitest';
import { coverageSpread, coverageTable, sameCoverage, type CoverageProgram } from './coverage.ts';

const STAGES = ['consistency', 'finance-basics', 'social-commerce', 'level-up'];
const p = (id: string, stages: string[], platforms: string[] = []): CoverageProgram => ({ id, name: id.toUpperCase(), stages, platforms });
const programs = [
	p('shop-a', ['level-up'], ['e-commerce']),
	p('shop-b', ['level-up'], ['e-commerce']),
	p('ngo-money', ['finance-basics', 'social-commerce']),
	p('campus', ['finance-basics']),
	p('mystery', []),
	p('tiktok', ['level-up'], ['social-e-commerce']),
];

describe('coverageTable', () => {
	const table = coverageTable(programs, 'stages', STAGES);

	it('has one row per program with a recorded stage and one cell per stage', () => {
		expect(table.rows.map((r) => r.id)).toEqual(['ngo-money', 'campus', 'shop-a', 'shop-b', 'tiktok']);
		expect(table.rows.find((r) => r.id === 'ngo-money')!.cells).toEqual([false, true, true, false]);
	});

	it('keeps programs with no recorded stage apart, out of the totals', () => {
		expect(table.unknown).toEqual([{ id: 'mystery', name: 'MYSTERY' }]);
		expect(table.totals).toEqual({ consistency: 0, 'finance-basics': 2, 'social-commerce': 1, 'level-up': 3 });
	});

	it('names where programs crowd and which stages few cover', () => {
		expect(table.crowded).toEqual(['level-up']);
		expect(table.sparse).toEqual(['consistency']);
	});

	it('totals equal the checked cells in each column', () => {
		STAGES.forEach((s, i) => expect(table.rows.filter((r) => r.cells[i]).length).toBe(table.totals[s]));
	});

	it('works for platform families too', () => {
		const t = coverageTable(programs, 'platforms', ['whatsapp', 'e-commerce', 'social-e-commerce']);
		expect(t.rows.map((r) => r.id)).toEqual(['shop-a', 'shop-b', 'tiktok']);
		expect(t.totals).toEqual({ whatsapp: 0, 'e-commerce': 2, 'social-e-commerce': 1 });
		expect(t.unknown).toHaveLength(3);
	});

	it('reports no crowding when nothing is recorded', () => {
		const t = coverageTable([p('x', [])], 'stages', STAGES);
		expect(t.rows).toEqual([]);
		expect(t.crowded).toEqual([]);
		expect(t.sparse).toEqual([]);
	});

	it('ignores values that are not columns', () => {
		const t = coverageTable([p('x', ['flying', 'level-up'])], 'stages', STAGES);
		expect(t.rows[0]!.covered).toEqual(['level-up']);
	});
});

describe('coverageSpread and sameCoverage', () => {
	const table = coverageTable(programs, 'stages', STAGES);

	it('counts how many stages each program covers', () => {
		expect(coverageSpread(table)).toEqual(new Map([[1, 4], [2, 1], [3, 0], [4, 0]]));
	});

	it('groups programs that cover exactly the same stages, largest first', () => {
		expect(sameCoverage(table)).toEqual([{ covered: ['level-up'], programs: [{ id: 'shop-a', name: 'SHOP-A' }, { id: 'shop-b', name: 'SHOP-B' }, { id: 'tiktok', name: 'TIKTOK' }] }]);
	});
});
