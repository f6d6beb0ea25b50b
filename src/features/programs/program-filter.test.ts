import { describe, expect, it } from 'vitest';
import {
	FILTER_KEYS,
	activeCount,
	costFacet,
	decodeFacet,
	emptyState,
	encodeFacet,
	facetAttribute,
	facetOptions,
	matches,
	optionCounts,
	parseState,
	programFacets,
	serializeState,
	type FilterableProgram,
	type FilterState,
} from './program-filter.ts';

const base: FilterableProgram = {
	orgType: 'platform',
	archetype: 'topical-one-off',
	stages: ['level-up'],
	platforms: ['e-commerce'],
	audience: ['platform-sellers'],
	delivery: 'online',
	regions: ['national'],
	cost: 'free',
};
const program = (over: Partial<FilterableProgram>) => programFacets({ ...base, ...over });
const state = (over: Partial<FilterState>): FilterState => ({ ...emptyState(), ...over });

describe('programFacets', () => {
	it('keeps known values and drops `unknown`, so unknown never matches a chosen value', () => {
		const f = programFacets({ ...base, archetype: 'unknown', delivery: 'unknown', regions: ['unknown'], cost: 'unknown', stages: [] });
		expect(f.archetype).toEqual([]);
		expect(f.delivery).toEqual([]);
		expect(f.region).toEqual([]);
		expect(f.cost).toEqual([]);
		expect(f.stage).toEqual([]);
		expect(f.orgType).toEqual(['platform']);
	});

	it('classifies cost: free, described terms, or not known', () => {
		expect(costFacet('free')).toBe('free');
		expect(costFacet({ id: 'Beasiswa', en: 'Scholarship' })).toBe('described');
		expect(costFacet('unknown')).toBeUndefined();
	});
});

describe('matches', () => {
	it('shows everything when no filter is chosen', () => {
		expect(matches(program({ archetype: 'unknown', delivery: 'unknown' }), emptyState())).toBe(true);
	});

	it('within one filter: any of the chosen values', () => {
		const p = program({ stages: ['finance-basics', 'growth'] });
		expect(matches(p, state({ stage: ['growth'] }))).toBe(true);
		expect(matches(p, state({ stage: ['consistency', 'finance-basics'] }))).toBe(true);
		expect(matches(p, state({ stage: ['consistency', 'level-up'] }))).toBe(false);
	});

	it('across filters: all of them', () => {
		const p = program({ orgType: 'ngo', delivery: 'offline' });
		expect(matches(p, state({ orgType: ['ngo'], delivery: ['offline'] }))).toBe(true);
		expect(matches(p, state({ orgType: ['ngo'], delivery: ['online'] }))).toBe(false);
		expect(matches(p, state({ orgType: ['platform'], delivery: ['offline'] }))).toBe(false);
	});

	it('a program whose value is unknown never matches a chosen value', () => {
		const p = program({ delivery: 'unknown', archetype: 'unknown', cost: 'unknown', stages: [] });
		expect(matches(p, state({ delivery: ['online', 'offline', 'hybrid'] }))).toBe(false);
		expect(matches(p, state({ archetype: ['incubation'] }))).toBe(false);
		expect(matches(p, state({ cost: ['free', 'described'] }))).toBe(false);
		expect(matches(p, state({ stage: ['level-up'] }))).toBe(false);
	});

	it('a national program matches any chosen region; a local one only its own', () => {
		const national = program({ regions: ['national'] });
		const local = program({ regions: ['Kalimantan Barat', 'Singkawang'] });
		const unknownRegion = program({ regions: ['unknown'] });
		expect(matches(national, state({ region: ['Singkawang'] }))).toBe(true);
		expect(matches(local, state({ region: ['Singkawang'] }))).toBe(true);
		expect(matches(local, state({ region: ['Jawa Barat'] }))).toBe(false);
		expect(matches(local, state({ region: ['national'] }))).toBe(false);
		expect(matches(unknownRegion, state({ region: ['Singkawang'] }))).toBe(false);
	});
});

describe('URL state', () => {
	const options = facetOptions(
		[program({}), program({ orgType: 'ngo', stages: ['finance-basics', 'growth'], regions: ['Jawa Barat', 'national'], cost: { id: 'x', en: 'x' } })],
		{ orgType: ['national-government', 'ngo', 'platform'], stage: ['consistency', 'finance-basics', 'level-up', 'growth'] },
	);

	it('round-trips: serialize then parse gives the same state', () => {
		const s = state({ stage: ['finance-basics', 'growth'], region: ['Jawa Barat'], cost: ['free'] });
		const query = serializeState(s, options);
		expect(query).toBe('?stage=finance-basics,growth&region=Jawa%20Barat&cost=free');
		expect(parseState(query, options)).toEqual(s);
	});

	it('writes nothing when no filter is chosen', () => {
		expect(serializeState(emptyState(), options)).toBe('');
		expect(parseState('', options)).toEqual(emptyState());
	});

	it('is canonical: option order, no duplicates, whatever order the link had', () => {
		const parsed = parseState('?stage=growth,finance-basics,growth', options);
		expect(parsed.stage).toEqual(['finance-basics', 'growth']);
		expect(serializeState(parsed, options)).toBe('?stage=finance-basics,growth');
	});

	it('accepts repeated parameters and encoded commas', () => {
		expect(parseState('?stage=growth&stage=finance-basics', options).stage).toEqual(['finance-basics', 'growth']);
		expect(parseState('?stage=growth%2Cfinance-basics', options).stage).toEqual(['finance-basics', 'growth']);
		expect(parseState('?region=Jawa+Barat', options).region).toEqual(['Jawa Barat']);
	});

	it('drops unknown filters and values that are not offered, so an old link still opens', () => {
		const parsed = parseState('?stage=flying,growth&colour=red&orgType=unknown&utm_source=wa', options);
		expect(parsed).toEqual(state({ stage: ['growth'] }));
	});

	it('counts chosen values', () => {
		expect(activeCount(state({ stage: ['growth', 'level-up'], cost: ['free'] }))).toBe(3);
	});
});

describe('facetOptions and optionCounts', () => {
	const all = [
		program({ regions: ['national'], orgType: 'platform' }),
		program({ regions: ['Singkawang', 'Kalimantan Barat'], orgType: 'local-government' }),
		program({ regions: ['Bantul'], orgType: 'ngo', archetype: 'unknown' }),
	];
	const options = facetOptions(all, { orgType: ['national-government', 'local-government', 'ngo', 'platform'] });

	it('offers only values some program has, in vocabulary order; regions national first then A–Z', () => {
		expect(options.orgType).toEqual(['local-government', 'ngo', 'platform']);
		expect(options.region).toEqual(['national', 'Bantul', 'Kalimantan Barat', 'Singkawang']);
		expect(options.archetype).toEqual(['topical-one-off']);
	});

	it('counts what each option alone would show, national programs included in every region', () => {
		expect(optionCounts(all, 'region', options.region)).toEqual(new Map([['national', 1], ['Bantul', 2], ['Kalimantan Barat', 2], ['Singkawang', 2]]));
		expect(optionCounts(all, 'orgType', options.orgType).get('ngo')).toBe(1);
	});

	it('counts under the other filters, ignoring the option\'s own filter', () => {
		const chosen = state({ orgType: ['platform'], region: ['Bantul'] });
		// Region counts keep orgType=platform: only the national platform program remains.
		expect(optionCounts(all, 'region', options.region, chosen)).toEqual(new Map([['national', 1], ['Bantul', 1], ['Kalimantan Barat', 1], ['Singkawang', 1]]));
		// orgType counts keep region=Bantul: the Bantul NGO and the national platform program.
		expect(optionCounts(all, 'orgType', options.orgType, chosen)).toEqual(new Map([['local-government', 0], ['ngo', 1], ['platform', 1]]));
	});
});

describe('data attributes', () => {
	it('round-trips values with spaces', () => {
		expect(decodeFacet(encodeFacet(['Jawa Barat', 'national']))).toEqual(['Jawa Barat', 'national']);
		expect(decodeFacet('')).toEqual([]);
		expect(decodeFacet(null)).toEqual([]);
	});

	it('names one attribute per filter', () => {
		expect(FILTER_KEYS.map(facetAttribute)).toEqual([
			'data-org-type', 'data-archetype', 'data-stage', 'data-platform', 'data-audience', 'data-delivery', 'data-region', 'data-cost',
		]);
	});
});
