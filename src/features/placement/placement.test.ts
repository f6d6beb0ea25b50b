import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../core/catalogue/read-content.ts';
import { STAGES, type Stage } from '../../core/schemas/vocabulary.ts';
import { LANGS } from '../../core/locales.ts';
import { t } from '../../core/i18n/ui.ts';
import { questionText } from './question-text.ts';
import {
	PLACEMENT_QUESTIONS,
	SCORED_QUESTIONS,
	SUGGESTABLE_PATHS,
	answersQuery,
	doneOptions,
	parseAnswers,
	place,
	programsForPlacement,
	suggestPaths,
	type Answers,
} from './placement.ts';

/** Everything answered "done". */
const ALL_DONE: Answers = { steady: 'yes', money: 'yes', records: 'yes', profit: 'yes', chat: 'yes', paycheck: 'yes', photos: 'yes', where: 'platform', tools: 'yes', nib: 'yes' };

/** A persona for each stage: done up to that stage, then a gap there. */
const PERSONAS: Record<Stage, Answers> = {
	// Sells home-made snacks only when neighbours order.
	consistency: { sell: 'food', steady: 'no', money: 'no', records: 'no', profit: 'no', chat: 'some', paycheck: 'cash', photos: 'no', where: 'none', tools: 'no', nib: 'unsure', time: 'short' },
	// Steady batik production, but household and business money are one.
	'finance-basics': { sell: 'craft', steady: 'yes', money: 'no', records: 'some', profit: 'some', chat: 'no', paycheck: 'cash', photos: 'some', where: 'none', tools: 'no', nib: 'no' },
	// Knows the numbers, has never sold through chat.
	'social-commerce': { sell: 'other', steady: 'yes', money: 'yes', records: 'yes', profit: 'yes', chat: 'no', paycheck: 'cash', photos: 'no', where: 'none', tools: 'no', nib: 'no' },
	// Sells through WhatsApp safely; photos are not ready.
	'product-branding': { sell: 'food', steady: 'yes', money: 'yes', records: 'yes', profit: 'yes', chat: 'yes', paycheck: 'yes', photos: 'some', where: 'chat', tools: 'no', nib: 'no' },
	// Ready products, only sells in chat, never used platform tools.
	'level-up': { sell: 'craft', steady: 'yes', money: 'yes', records: 'yes', profit: 'yes', chat: 'yes', paycheck: 'yes', photos: 'yes', where: 'chat', tools: 'some', nib: 'no' },
	// On a marketplace with ads, not registered yet.
	growth: { sell: 'craft', steady: 'yes', money: 'yes', records: 'yes', profit: 'yes', chat: 'yes', paycheck: 'yes', photos: 'yes', where: 'platform', tools: 'yes', nib: 'no' },
};

describe('the questions', () => {
	it('has 8–12 questions, each with an id, text in every language and 2–4 options', () => {
		expect(PLACEMENT_QUESTIONS.length).toBeGreaterThanOrEqual(8);
		expect(PLACEMENT_QUESTIONS.length).toBeLessThanOrEqual(12);
		const ids = PLACEMENT_QUESTIONS.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of PLACEMENT_QUESTIONS) {
			expect(q.id).toMatch(/^[a-z]+$/);
			for (const lang of LANGS) expect(questionText(lang, q).text.length, `${lang}: ${q.id}`).toBeGreaterThan(5);
			expect(q.options.length).toBeGreaterThanOrEqual(2);
			expect(q.options.length).toBeLessThanOrEqual(4);
			for (const o of q.options) {
				expect(o.value).toMatch(/^[a-z]+$/);
				for (const lang of LANGS) expect(questionText(lang, q).options[o.value], `${lang}: ${q.id}=${o.value}`).toBeTruthy();
			}
		}
	});

	it('the strings files hold text for these questions and options only (none left over)', () => {
		const structure = Object.fromEntries(PLACEMENT_QUESTIONS.map((q) => [q.id, q.options.map((o) => o.value)]));
		for (const lang of LANGS) {
			const words = Object.fromEntries(Object.entries(t(lang).placement.questions).map(([id, q]) => [id, Object.keys(q.options)]));
			expect(words, lang).toEqual(structure);
		}
	});

	it('covers every stage, and every scored question has exactly one "done" answer and a "not yet" answer', () => {
		expect(new Set(SCORED_QUESTIONS.map((q) => q.stage))).toEqual(new Set(STAGES));
		for (const q of SCORED_QUESTIONS) {
			expect(doneOptions(q)).toHaveLength(1);
			expect(q.options.some((o) => o.level === 0)).toBe(true);
			expect(q.options.every((o) => o.level !== undefined)).toBe(true);
			expect(q.lesson).toBeTypeOf('function');
		}
	});

	it('asks the scored questions in stage order, so a printed sheet can be scored top to bottom', () => {
		const order = SCORED_QUESTIONS.map((q) => STAGES.indexOf(q.stage!));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('keeps the URL short for a WhatsApp message', () => {
		const longest = Object.fromEntries(PLACEMENT_QUESTIONS.map((q) => [q.id, q.options.reduce((a, o) => (o.value.length > a.length ? o.value : a), '')]));
		expect(answersQuery(longest).length).toBeLessThan(160);
	});
});

describe('placing a business at a stage', () => {
	for (const stage of STAGES) {
		it(`places the ${stage} persona at ${stage}`, () => {
			const result = place(PERSONAS[stage]);
			expect(result.stage).toBe(stage);
			expect(['gap', 'partial']).toContain(result.reason);
			expect(result.because.length).toBeGreaterThan(0);
			expect(result.because.every((r) => r.stage === stage && r.level < 2)).toBe(true);
			expect(result.skipped).toEqual([]);
			expect(result.firstLesson).toBeTruthy();
		});
	}

	it('starts a business that has done everything at growth, saying so', () => {
		const result = place(ALL_DONE);
		expect(result).toMatchObject({ stage: 'growth', reason: 'all-done', because: [], contradiction: false });
		expect(result.stages.every((s) => s.status === 'done')).toBe(true);
		expect(result.firstLesson).toBe('financing-kur');
	});

	it('treats "partly" as a reason to start there', () => {
		const result = place({ ...ALL_DONE, photos: 'some' });
		expect(result).toMatchObject({ stage: 'product-branding', reason: 'partial' });
		expect(result.because).toEqual([{ question: 'photos', value: 'some', level: 1, stage: 'product-branding' }]);
	});

	it('points to the lesson for the first gap: "not yet" answers before "partly" ones', () => {
		expect(place({ ...ALL_DONE, money: 'some', profit: 'no' }).firstLesson).toBe('cost-of-goods');
		expect(place({ ...ALL_DONE, money: 'no', profit: 'some' }).firstLesson).toBe('separate-business-money');
		expect(place({ ...ALL_DONE, records: 'no' }).firstLesson).toBe('daily-bookkeeping');
		expect(place({ ...ALL_DONE, paycheck: 'no' }).firstLesson).toBe('safe-chat-orders-payments');
	});

	it('chooses the level-up lesson for the platform and product', () => {
		expect(place({ ...ALL_DONE, where: 'chat', tools: 'no' }).firstLesson).toBe('wa-catalogue');
		expect(place({ ...ALL_DONE, where: 'platform', tools: 'no' }).firstLesson).toBe('marketplace-ads-dashboard');
		expect(place({ ...ALL_DONE, sell: 'food', where: 'platform', tools: 'no' }).firstLesson).toBe('food-app-promos');
		expect(place({ ...ALL_DONE, sell: 'food', where: 'chat', tools: 'yes' }).firstLesson).toBe('food-app-join');
		expect(place({ ...ALL_DONE, sell: 'craft', where: 'none', tools: 'yes' }).firstLesson).toBe('marketplace-open-store');
	});
});

describe('ties', () => {
	it('goes to the earlier stage when two stages have gaps', () => {
		const result = place({ ...ALL_DONE, chat: 'no', tools: 'no' });
		expect(result.stage).toBe('social-commerce');
		expect(result.stages.find((s) => s.stage === 'level-up')!.status).toBe('gap');
	});

	it('goes to the earlier stage even when the later gap is bigger', () => {
		const result = place({ ...ALL_DONE, money: 'some', chat: 'no', paycheck: 'no', where: 'none', tools: 'no', nib: 'no' });
		expect(result).toMatchObject({ stage: 'finance-basics', reason: 'partial' });
	});

	it('counts a stage with one "done" and one "not yet" answer as a gap (no averaging)', () => {
		const result = place({ ...ALL_DONE, chat: 'yes', paycheck: 'no' });
		expect(result.stage).toBe('social-commerce');
		expect(result.reason).toBe('gap');
		expect(result.because.map((r) => r.question)).toEqual(['paycheck']);
	});

	it('within a stage, lists "not yet" answers before "partly" ones', () => {
		const result = place({ ...ALL_DONE, money: 'some', records: 'no', profit: 'some' });
		expect(result.because.map((r) => `${r.question}=${r.value}`)).toEqual(['records=no', 'money=some', 'profit=some']);
	});
});

describe('skipped questions', () => {
	it('starts at the beginning when nothing is answered', () => {
		const result = place({});
		expect(result).toMatchObject({ stage: 'consistency', reason: 'skipped', because: [] });
		expect(result.skipped).toEqual(SCORED_QUESTIONS.map((q) => q.id));
		expect(result.firstLesson).toBe('steady-production');
	});

	it('ignores a skipped stage when a later stage shows work already done', () => {
		const { steady: _skip, ...rest } = ALL_DONE;
		const result = place(rest);
		expect(result).toMatchObject({ stage: 'growth', reason: 'all-done' });
		expect(result.skipped).toEqual(['steady']);
		expect(result.stages[0]).toEqual({ stage: 'consistency', status: 'unknown' });
	});

	it('starts at a skipped stage when nothing later is done', () => {
		const result = place({ steady: 'yes', chat: 'no' });
		expect(result).toMatchObject({ stage: 'finance-basics', reason: 'skipped' });
		expect(result.firstLesson).toBe('separate-business-money');
	});

	it('still finds a gap after skipped questions', () => {
		const result = place({ records: 'no' });
		expect(result).toMatchObject({ stage: 'consistency', reason: 'skipped' });
		const result2 = place({ steady: 'yes', records: 'no' });
		expect(result2).toMatchObject({ stage: 'finance-basics', reason: 'gap' });
		expect(result2.skipped).toEqual(['money', 'profit', 'chat', 'paycheck', 'photos', 'where', 'tools', 'nib']);
	});

	it('scores the answered questions of a partly skipped stage', () => {
		const result = place({ ...ALL_DONE, money: undefined as unknown as string, records: 'some' });
		expect(result).toMatchObject({ stage: 'finance-basics', reason: 'partial' });
		expect(result.skipped).toEqual(['money']);
	});
});

describe('contradictory answers', () => {
	it('starts a marketplace seller who does not know their profit at financial basics, and says why', () => {
		const result = place({ ...ALL_DONE, profit: 'no' });
		expect(result.stage).toBe('finance-basics');
		expect(result.contradiction).toBe(true);
		expect(result.because).toEqual([{ question: 'profit', value: 'no', level: 0, stage: 'finance-basics' }]);
		expect(result.ahead.map((r) => r.question)).toEqual(expect.arrayContaining(['where', 'tools']));
		expect(result.firstLesson).toBe('cost-of-goods');
	});

	it('does not call an ordinary early gap a contradiction', () => {
		const result = place(PERSONAS['finance-basics']);
		expect(result.contradiction).toBe(false);
		expect(result.ahead).toEqual([]);
	});

	it('handles "already on a platform" with "no chat orders"', () => {
		const result = place({ ...ALL_DONE, chat: 'no' });
		expect(result).toMatchObject({ stage: 'social-commerce', contradiction: true });
	});
});

describe('answers in the URL', () => {
	it('round-trips through a query string in question order', () => {
		const answers = PERSONAS['level-up'];
		const query = answersQuery(answers);
		expect(query.startsWith('?sell=craft&steady=yes&money=yes')).toBe(true);
		expect(parseAnswers(query.slice(1))).toEqual({ answers, invalid: [] });
		expect(answersQuery({})).toBe('');
	});

	it('drops unknown questions and values, reporting bad values', () => {
		const { answers, invalid } = parseAnswers('steady=yes&money=maybe&utm_source=wa&nib=&profit=no&fbclid=x');
		expect(answers).toEqual({ steady: 'yes', profit: 'no' });
		expect(invalid).toEqual(['money']);
		expect(answersQuery({ steady: 'yes', money: 'maybe', bogus: 'x' })).toBe('?steady=yes');
	});

	it('gives the same stage for a link a facilitator received', () => {
		for (const stage of STAGES) {
			const { answers } = parseAnswers(new URLSearchParams(answersQuery(PERSONAS[stage])));
			expect(place(answers).stage).toBe(stage);
		}
	});
});

describe('suggested persona paths', () => {
	const pathIds = readCatalogue('.').paths;
	const stageLessons = new Set(pathIds.filter((p) => p.kind === 'stage').flatMap((p) => p.lessons));

	it('only suggests persona paths that exist', () => {
		const persona = new Set(pathIds.filter((p) => p.kind === 'persona').map((p) => p.id));
		for (const id of SUGGESTABLE_PATHS) expect(persona.has(id), `content/paths/${id}.yaml`).toBe(true);
	});

	it('only points to lessons that are in the curriculum', () => {
		const answers: Answers[] = [{}, ALL_DONE, ...Object.values(PERSONAS), { sell: 'food', where: 'platform' }, { sell: 'craft', where: 'none' }, { where: 'chat' }];
		for (const a of answers) {
			for (const q of SCORED_QUESTIONS) expect(stageLessons.has(q.lesson!(a)), q.lesson!(a)).toBe(true);
			const first = place(a).firstLesson;
			if (first) expect(stageLessons.has(first), first).toBe(true);
		}
	});

	it('fits the learner: short time, farm produce, food, beginners, scams, growth', () => {
		expect(suggestPaths({ time: 'short', sell: 'farm' }, 'consistency')).toEqual(['busy-mother-short-lessons', 'farm-fish-produce', 'first-sale-whatsapp']);
		expect(suggestPaths({ sell: 'food', chat: 'yes', paycheck: 'yes' }, 'level-up')).toEqual(['food-delivery-app']);
		expect(suggestPaths({ sell: 'craft', chat: 'no' }, 'social-commerce')).toEqual(['first-sale-whatsapp', 'craft-fashion-marketplace']);
		expect(suggestPaths({ paycheck: 'no', chat: 'yes' }, 'social-commerce')).toEqual(['safe-selling']);
		expect(suggestPaths(ALL_DONE, 'growth')).toEqual(['growth-beyond-online']);
		expect(suggestPaths({ time: 'short', sell: 'food', paycheck: 'no', chat: 'no' }, 'finance-basics')).toHaveLength(3);
	});
});

describe('programs that fit a placement', () => {
	const programs = [
		{ id: 'a-general', stages: ['finance-basics'], audience: ['general'], platforms: [], status: 'unknown' },
		{ id: 'b-farmers', stages: ['finance-basics'], audience: ['farmers-fishers'], platforms: [], status: 'unknown' },
		{ id: 'c-ended', stages: ['finance-basics'], audience: ['farmers-fishers'], platforms: [], status: 'ended' },
		{ id: 'd-other-stage', stages: ['growth'], audience: ['general'], platforms: [], status: 'active' },
		{ id: 'e-food', stages: ['finance-basics', 'level-up'], audience: ['women'], platforms: ['food-delivery'], status: 'active' },
	];
	it('keeps programs for the stage, leaves ended ones out, and puts the best fit first', () => {
		expect(programsForPlacement(programs, 'finance-basics', 'farm').map((p) => p.id)).toEqual(['b-farmers', 'a-general', 'e-food']);
		expect(programsForPlacement(programs, 'finance-basics', 'food').map((p) => p.id)).toEqual(['e-food', 'a-general', 'b-farmers']);
		expect(programsForPlacement(programs, 'growth').map((p) => p.id)).toEqual(['d-other-stage']);
		expect(programsForPlacement(programs, 'consistency')).toEqual([]);
		expect(programsForPlacement(programs, 'finance-basics', undefined, 1)).toHaveLength(1);
	});
});
