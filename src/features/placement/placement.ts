/**
 * "Mulai dari mana?" / "Where do I start?": the placement questions and how
 * they are scored. Pure (no DOM, no Astro): the quiz, the result page, the
 * printable pre-assessment and its scoring key all read from here, so a
 * printed sheet scored by hand gives the same stage as the website.
 *
 * The questions follow the report's stage model (business consistency →
 * financial basics → chat & social selling → product value & branding →
 * platform level-up → growth). Best practice from the report: programs that
 * start with a pre-assessment teach each MSE from its real gaps.
 *
 * Scoring rule, in plain words (printed as the scoring key):
 * go through the stages in order; start at the first stage where an answer is
 * not "done yet". A stage whose questions were all skipped counts as a gap only
 * when no later stage shows work already done. If every stage is done, start at
 * the last stage (growth). Ties always go to the earlier stage: the foundation
 * comes first, even for a business that already sells on a marketplace.
 *
 * Only the structure lives here (ids, stages, option values, levels, lessons):
 * the words of each question, its hint and its options are UI text, in
 * `placement.questions.<id>` of every src/core/i18n/strings/<lang>.ts (read
 * them with `questionText()` from ./question-text.ts). Browser scripts import
 * this file, so it must not import the strings.
 */
import { STAGES, type Stage } from '../../core/schemas/vocabulary.ts';

/** 2 = already done, 1 = partly, 0 = not yet. */
export type Level = 0 | 1 | 2;

export interface PlacementOption {
	/** Value in the URL (`?steady=yes`). Short, lowercase, permanent: shared result links use it. */
	value: string;
	/** For scored questions: how far along this answer shows the business is. */
	level?: Level;
}

export interface PlacementQuestion {
	/** Key in the URL. Permanent: shared result links use it. */
	id: string;
	/** Scored questions belong to a stage; profile questions only shape the suggestions. */
	stage?: Stage;
	options: PlacementOption[];
	/** The lesson that closes the gap this question finds (may depend on other answers). */
	lesson?: (answers: Answers) => string;
}

/** Answers by question id: only known questions with known option values. */
export type Answers = Record<string, string>;

export const PLACEMENT_QUESTIONS: readonly PlacementQuestion[] = [
	{ id: 'sell', options: [{ value: 'food' }, { value: 'craft' }, { value: 'farm' }, { value: 'other' }] },
	{
		id: 'steady',
		stage: 'consistency',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'steady-production',
	},
	{
		id: 'money',
		stage: 'finance-basics',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'separate-business-money',
	},
	{
		id: 'records',
		stage: 'finance-basics',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'daily-bookkeeping',
	},
	{
		id: 'profit',
		stage: 'finance-basics',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'cost-of-goods',
	},
	{
		id: 'chat',
		stage: 'social-commerce',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'whatsapp-selling-basics',
	},
	{
		id: 'paycheck',
		stage: 'social-commerce',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'cash', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'safe-chat-orders-payments',
	},
	{
		id: 'photos',
		stage: 'product-branding',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: () => 'photo-light',
	},
	{
		id: 'where',
		stage: 'level-up',
		options: [{ value: 'platform', level: 2 }, { value: 'chat', level: 1 }, { value: 'none', level: 0 }],
		lesson: (a) => (a.sell === 'food' ? 'food-app-join' : a.sell === 'craft' ? 'marketplace-open-store' : 'wa-business-account'),
	},
	{
		id: 'tools',
		stage: 'level-up',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }],
		lesson: (a) => (a.where === 'platform' ? (a.sell === 'food' ? 'food-app-promos' : 'marketplace-ads-dashboard') : 'wa-catalogue'),
	},
	{
		id: 'nib',
		stage: 'growth',
		options: [{ value: 'yes', level: 2 }, { value: 'some', level: 1 }, { value: 'no', level: 0 }, { value: 'unsure', level: 0 }],
		lesson: () => 'nib-registration',
	},
	{ id: 'time', options: [{ value: 'short' }, { value: 'medium' }, { value: 'long' }] },
];

const byId = new Map(PLACEMENT_QUESTIONS.map((q) => [q.id, q]));
export const SCORED_QUESTIONS = PLACEMENT_QUESTIONS.filter((q) => q.stage);

/** Persona paths the result can suggest (checked against `content/paths/` by the tests). */
export const SUGGESTABLE_PATHS = [
	'busy-mother-short-lessons',
	'farm-fish-produce',
	'food-delivery-app',
	'craft-fashion-marketplace',
	'first-sale-whatsapp',
	'safe-selling',
	'growth-beyond-online',
] as const;
export type SuggestablePath = (typeof SUGGESTABLE_PATHS)[number];

/**
 * Read answers from a URL query. Unknown questions and unknown values are
 * dropped (reported in `invalid`), so an edited or truncated link still works.
 */
export function parseAnswers(query: URLSearchParams | string): { answers: Answers; invalid: string[] } {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const answers: Answers = {};
	const invalid: string[] = [];
	for (const [key, value] of params) {
		const q = byId.get(key);
		if (!q) continue; // other parameters (e.g. tracking added by a chat app) are not answers
		if (q.options.some((o) => o.value === value)) answers[key] = value;
		else if (value !== '') invalid.push(key);
	}
	return { answers, invalid };
}

/** The query string for a set of answers, in question order (stable, so links compare equal). */
export function answersQuery(answers: Answers): string {
	const params = new URLSearchParams();
	for (const q of PLACEMENT_QUESTIONS) {
		const value = answers[q.id];
		if (value && q.options.some((o) => o.value === value)) params.set(q.id, value);
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}

export interface AnswerRef {
	question: string;
	value: string;
	level: Level;
	stage: Stage;
}

export type StageStatus = 'done' | 'partial' | 'gap' | 'unknown';

export interface PlacementResult {
	/** The stage to start at. */
	stage: Stage;
	/**
	 * Why: `gap` (an answer says "not yet"), `partial` (only "partly"), `skipped`
	 * (its questions were skipped and nothing later shows it is done), `all-done`.
	 */
	reason: 'gap' | 'partial' | 'skipped' | 'all-done';
	/** The answers in the start stage that are not "done" (empty for `skipped` and `all-done`). */
	because: AnswerRef[];
	/** "Done" answers from stages after the start stage: things the learner already does. */
	ahead: AnswerRef[];
	/** True when the learner is already further along somewhere (e.g. on a marketplace) but has an earlier gap. */
	contradiction: boolean;
	/** Status of every stage, in order. */
	stages: { stage: Stage; status: StageStatus }[];
	/** Scored questions that were not answered. */
	skipped: string[];
	/** The lesson to open first: the one for the first gap in the start stage. */
	firstLesson?: string;
	/** Persona paths that fit the answers, best first (at most 3). */
	suggestedPaths: SuggestablePath[];
	/** Profile answers, used to pick programs. */
	profile: { sell?: string; time?: string };
}

function statusOf(refs: AnswerRef[]): StageStatus {
	if (refs.length === 0) return 'unknown';
	if (refs.some((r) => r.level === 0)) return 'gap';
	if (refs.some((r) => r.level === 1)) return 'partial';
	return 'done';
}

export function place(answers: Answers): PlacementResult {
	const refs: AnswerRef[] = [];
	const skipped: string[] = [];
	for (const q of SCORED_QUESTIONS) {
		const option = q.options.find((o) => o.value === answers[q.id]);
		if (!option) skipped.push(q.id);
		else refs.push({ question: q.id, value: option.value, level: option.level!, stage: q.stage! });
	}
	const stages = STAGES.map((stage) => ({ stage, status: statusOf(refs.filter((r) => r.stage === stage)) }));
	const laterDone = (i: number) => refs.some((r) => r.level === 2 && STAGES.indexOf(r.stage) > i);

	let index = stages.findIndex((s, i) => s.status === 'gap' || s.status === 'partial' || (s.status === 'unknown' && !laterDone(i)));
	let reason: PlacementResult['reason'];
	if (index === -1) {
		index = STAGES.length - 1;
		reason = 'all-done';
	} else {
		const status = stages[index]!.status;
		reason = status === 'unknown' ? 'skipped' : (status as 'gap' | 'partial');
	}
	const stage = STAGES[index]!;
	const because = reason === 'gap' || reason === 'partial' ? refs.filter((r) => r.stage === stage && r.level < 2).sort((a, b) => a.level - b.level) : [];
	const ahead = refs.filter((r) => r.level === 2 && STAGES.indexOf(r.stage) > index);
	const contradiction = because.length > 0 && ahead.some((r) => STAGES.indexOf(r.stage) >= STAGES.indexOf('level-up'));

	// First lesson: the gap with the lowest level first, then question order.
	// When every stage is done the business is registered already, so the next step is financing.
	const firstGap = because[0]?.question ?? SCORED_QUESTIONS.find((q) => q.stage === stage)?.id;
	const firstLesson = reason === 'all-done' ? 'financing-kur' : firstGap ? byId.get(firstGap)?.lesson?.(answers) : undefined;

	return {
		stage,
		reason,
		because,
		ahead,
		contradiction,
		stages,
		skipped,
		firstLesson,
		suggestedPaths: suggestPaths(answers, stage),
		profile: { sell: answers.sell, time: answers.time },
	};
}

/** Persona paths for these answers, best first, at most 3. */
export function suggestPaths(answers: Answers, stage: Stage): SuggestablePath[] {
	const out: SuggestablePath[] = [];
	const add = (id: SuggestablePath, when: boolean) => {
		if (when && !out.includes(id)) out.push(id);
	};
	const at = STAGES.indexOf(stage);
	add('busy-mother-short-lessons', answers.time === 'short');
	add('farm-fish-produce', answers.sell === 'farm');
	add('first-sale-whatsapp', at <= STAGES.indexOf('social-commerce') && answers.chat !== 'yes');
	add('safe-selling', answers.paycheck === 'no' || answers.paycheck === 'some');
	add('food-delivery-app', answers.sell === 'food');
	add('craft-fashion-marketplace', answers.sell === 'craft');
	add('growth-beyond-online', stage === 'growth');
	return out.slice(0, 3);
}

export interface ProgramLike {
	id: string;
	stages: readonly string[];
	audience: readonly string[];
	platforms: readonly string[];
	status?: string;
}

/** Audiences and platform families that fit each answer to "what do you sell?". */
const SELL_FIT: Record<string, { audience: string[]; platforms: string[] }> = {
	food: { audience: [], platforms: ['food-delivery'] },
	craft: { audience: [], platforms: ['e-commerce', 'social-e-commerce'] },
	farm: { audience: ['farmers-fishers', 'rural', 'coastal'], platforms: [] },
};

/**
 * Programs that fit a placement: they cover the start stage; those that also
 * fit what the learner sells come first, then general ones. Ended programs are left out.
 */
export function programsForPlacement<P extends ProgramLike>(programs: readonly P[], stage: Stage, sell?: string, limit = 5): P[] {
	const fit = (sell && SELL_FIT[sell]) || { audience: [], platforms: [] };
	const score = (p: P) =>
		(p.audience.some((a) => fit.audience.includes(a)) ? 4 : 0) +
		(p.platforms.some((pl) => fit.platforms.includes(pl)) ? 2 : 0) +
		(p.audience.includes('general') ? 1 : 0) +
		(p.status === 'active' ? 1 : 0);
	return programs
		.filter((p) => p.status !== 'ended' && p.stages.includes(stage))
		.map((p, i) => ({ p, i, s: score(p) }))
		.sort((a, b) => b.s - a.s || a.i - b.i)
		.slice(0, limit)
		.map((x) => x.p);
}

/** The options that count as "done" (level 2) for a question: the scoring key. */
export function doneOptions(question: PlacementQuestion): PlacementOption[] {
	return question.options.filter((o) => o.level === 2);
}
