/**
 * Coverage for program makers: which programs cover which stages (or platform
 * families), where many crowd, which few cover, and which programs cover exactly
 * the same ground. Pure: the coverage page passes in the program data.
 *
 * A program with no recorded stage (or platform) is not counted as covering
 * nothing: its coverage is unknown, so it is listed apart and left out of totals.
 */

export interface CoverageProgram {
	id: string;
	name: string;
	stages: readonly string[];
	platforms: readonly string[];
}

export type CoverageField = 'stages' | 'platforms';

export interface CoverageRow {
	id: string;
	name: string;
	/** Covered columns, in column order. */
	covered: string[];
	/** One cell per column: does the program cover it? */
	cells: boolean[];
}

export interface CoverageTable {
	columns: string[];
	/** Programs with at least one recorded value, ordered by the first column they cover, then by name. */
	rows: CoverageRow[];
	/** Programs whose sources do not say which columns they cover. */
	unknown: { id: string; name: string }[];
	/** Programs per column, among `rows`. */
	totals: Record<string, number>;
	/** Columns with the most programs (ties included); empty when no program is recorded. */
	crowded: string[];
	/** Columns with the fewest programs (ties included, zero counts too). */
	sparse: string[];
}

export function coverageTable(programs: readonly CoverageProgram[], field: CoverageField, columns: readonly string[]): CoverageTable {
	const rows: CoverageRow[] = [];
	const unknown: { id: string; name: string }[] = [];
	for (const p of programs) {
		const covered = columns.filter((c) => p[field].includes(c));
		if (covered.length === 0) unknown.push({ id: p.id, name: p.name });
		else rows.push({ id: p.id, name: p.name, covered, cells: columns.map((c) => covered.includes(c)) });
	}
	const first = (r: CoverageRow) => r.cells.indexOf(true);
	rows.sort((a, b) => first(a) - first(b) || b.covered.length - a.covered.length || a.name.localeCompare(b.name));
	unknown.sort((a, b) => a.name.localeCompare(b.name));
	const totals = Object.fromEntries(columns.map((c) => [c, rows.filter((r) => r.covered.includes(c)).length]));
	const counts = columns.map((c) => totals[c]!);
	const max = Math.max(...counts);
	const min = Math.min(...counts);
	return {
		columns: [...columns],
		rows,
		unknown,
		totals,
		crowded: rows.length && max > 0 ? columns.filter((c) => totals[c] === max) : [],
		sparse: rows.length ? columns.filter((c) => totals[c] === min) : [],
	};
}

/**
 * How many columns each recorded program covers: `spread.get(1)` is the number
 * of programs that cover a single stage. Shows that most programs cover only part
 * of the way an MSE has to go.
 */
export function coverageSpread(table: CoverageTable): Map<number, number> {
	const spread = new Map<number, number>();
	for (let n = 1; n <= table.columns.length; n++) spread.set(n, 0);
	for (const r of table.rows) spread.set(r.covered.length, (spread.get(r.covered.length) ?? 0) + 1);
	return spread;
}

/**
 * Programs that cover exactly the same columns, two or more per group, largest
 * group first: where programs repeat each other.
 */
export function sameCoverage(table: CoverageTable): { covered: string[]; programs: { id: string; name: string }[] }[] {
	const groups = new Map<string, { covered: string[]; programs: { id: string; name: string }[] }>();
	for (const r of table.rows) {
		const key = r.covered.join('|');
		const g = groups.get(key) ?? { covered: r.covered, programs: [] };
		g.programs.push({ id: r.id, name: r.name });
		groups.set(key, g);
	}
	const order = (covered: string[]) => table.columns.indexOf(covered[0]!);
	return [...groups.values()]
		.filter((g) => g.programs.length > 1)
		.sort((a, b) => b.programs.length - a.programs.length || order(a.covered) - order(b.covered));
}
