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
 */
import { STAGES, type Bilingual, type Stage } from '../../core/schemas/vocabulary.ts';

/** 2 = already done, 1 = partly, 0 = not yet. */
export type Level = 0 | 1 | 2;

export interface PlacementOption {
	/** Value in the URL (`?steady=yes`). Short, lowercase, permanent: shared result links use it. */
	value: string;
	text: Bilingual;
	/** For scored questions: how far along this answer shows the business is. */
	level?: Level;
}

export interface PlacementQuestion {
	/** Key in the URL. Permanent: shared result links use it. */
	id: string;
	/** Scored questions belong to a stage; profile questions only shape the suggestions. */
	stage?: Stage;
	text: Bilingual;
	/** One short line that helps answer (shown under the question). */
	hint?: Bilingual;
	options: PlacementOption[];
	/** The lesson that closes the gap this question finds (may depend on other answers). */
	lesson?: (answers: Answers) => string;
}

/** Answers by question id: only known questions with known option values. */
export type Answers = Record<string, string>;

const t = (id: string, en: string): Bilingual => ({ id, en });

export const PLACEMENT_QUESTIONS: readonly PlacementQuestion[] = [
	{
		id: 'sell',
		text: t('Apa yang kamu jual?', 'What do you sell?'),
		options: [
			{ value: 'food', text: t('Makanan atau minuman', 'Food or drinks') },
			{ value: 'craft', text: t('Kerajinan, pakaian atau aksesori', 'Crafts, clothing or accessories') },
			{ value: 'farm', text: t('Hasil tani, kebun, ternak atau ikan', 'Farm, garden, livestock or fish produce') },
			{ value: 'other', text: t('Barang atau jasa lain', 'Other goods or services') },
		],
	},
	{
		id: 'steady',
		stage: 'consistency',
		text: t(
			'Apakah kamu bisa membuat atau menyediakan produk dalam jumlah yang kurang lebih sama setiap minggu?',
			'Can you make or stock about the same amount of product every week?',
		),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, hampir setiap minggu sama', 'Yes, about the same most weeks') },
			{ value: 'some', level: 1, text: t('Kadang-kadang, tergantung pesanan atau musim', 'Sometimes; it depends on orders or the season') },
			{ value: 'no', level: 0, text: t('Belum, masih tidak tentu', 'Not yet; it is still irregular') },
		],
		lesson: () => 'steady-production',
	},
	{
		id: 'money',
		stage: 'finance-basics',
		text: t('Apakah uang usaha dipisah dari uang belanja rumah?', 'Is business money kept apart from household money?'),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, di dompet atau rekening sendiri', 'Yes, in its own wallet or account') },
			{ value: 'some', level: 1, text: t('Kadang masih tercampur', 'Sometimes it still gets mixed') },
			{ value: 'no', level: 0, text: t('Belum, masih jadi satu', 'Not yet; it is all together') },
		],
		lesson: () => 'separate-business-money',
	},
	{
		id: 'records',
		stage: 'finance-basics',
		text: t('Apakah kamu mencatat jualan dan pengeluaran?', 'Do you write down your sales and spending?'),
		hint: t('Di buku atau di HP, sama saja.', 'In a notebook or on the phone, either is fine.'),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, setiap hari', 'Yes, every day') },
			{ value: 'some', level: 1, text: t('Kadang-kadang', 'Sometimes') },
			{ value: 'no', level: 0, text: t('Belum mencatat', 'Not yet') },
		],
		lesson: () => 'daily-bookkeeping',
	},
	{
		id: 'profit',
		stage: 'finance-basics',
		text: t(
			'Apakah kamu tahu untung dari setiap produk (harga jual dikurangi semua modal dan biaya)?',
			'Do you know the profit on each product (selling price minus all costs)?',
		),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, untuk setiap produk', 'Yes, for every product') },
			{ value: 'some', level: 1, text: t('Hanya untuk sebagian produk', 'Only for some products') },
			{ value: 'no', level: 0, text: t('Belum tahu', 'Not yet') },
		],
		lesson: () => 'cost-of-goods',
	},
	{
		id: 'chat',
		stage: 'social-commerce',
		text: t(
			'Apakah pelanggan sudah memesan lewat WhatsApp, Facebook atau chat lain?',
			'Do customers already order from you through WhatsApp, Facebook or another chat?',
		),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, sering', 'Yes, often') },
			{ value: 'some', level: 1, text: t('Sesekali', 'Now and then') },
			{ value: 'no', level: 0, text: t('Belum pernah', 'Not yet') },
		],
		lesson: () => 'whatsapp-selling-basics',
	},
	{
		id: 'paycheck',
		stage: 'social-commerce',
		text: t(
			'Sebelum mengirim pesanan, apakah kamu memastikan uangnya benar-benar masuk ke rekening atau aplikasi?',
			'Before you send an order, do you make sure the money really arrived in your account or app?',
		),
		hint: t('Foto bukti transfer bisa dipalsukan.', 'A photo of a transfer receipt can be faked.'),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, selalu saya cek', 'Yes, I always check') },
			{ value: 'some', level: 1, text: t('Kadang-kadang saja', 'Only sometimes') },
			{ value: 'cash', level: 1, text: t('Saya baru terima uang tunai', 'I only take cash so far') },
			{ value: 'no', level: 0, text: t('Tidak, foto bukti transfer sudah cukup', 'No, a photo of the receipt is enough') },
		],
		lesson: () => 'safe-chat-orders-payments',
	},
	{
		id: 'photos',
		stage: 'product-branding',
		text: t(
			'Apakah produkmu sudah punya foto yang jelas dan kemasan yang aman untuk dikirim?',
			'Do your products have clear photos and packaging that is safe to send?',
		),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, keduanya sudah siap', 'Yes, both are ready') },
			{ value: 'some', level: 1, text: t('Baru salah satu, atau belum rapi', 'Only one of them, or not yet neat') },
			{ value: 'no', level: 0, text: t('Belum', 'Not yet') },
		],
		lesson: () => 'photo-light',
	},
	{
		id: 'where',
		stage: 'level-up',
		text: t('Di mana kamu jualan online sekarang?', 'Where do you sell online today?'),
		options: [
			{
				value: 'platform',
				level: 2,
				text: t(
					'Juga di marketplace, aplikasi pesan-antar makanan atau TikTok (mis. Shopee, Tokopedia, GoFood)',
					'Also on a marketplace, a food delivery app or TikTok (e.g. Shopee, Tokopedia, GoFood)',
				),
			},
			{ value: 'chat', level: 1, text: t('Hanya lewat WhatsApp, Facebook atau Instagram', 'Only through WhatsApp, Facebook or Instagram') },
			{ value: 'none', level: 0, text: t('Belum jualan online', 'I do not sell online yet') },
		],
		lesson: (a) => (a.sell === 'food' ? 'food-app-join' : a.sell === 'craft' ? 'marketplace-open-store' : 'wa-business-account'),
	},
	{
		id: 'tools',
		stage: 'level-up',
		text: t(
			'Apakah kamu memakai katalog, iklan kecil atau statistik toko (dasbor), lalu membaca hasilnya?',
			'Do you use a catalogue, small ads or your shop statistics (dashboard), and read the results?',
		),
		options: [
			{ value: 'yes', level: 2, text: t('Ya, rutin', 'Yes, regularly') },
			{ value: 'some', level: 1, text: t('Pernah coba', 'I have tried') },
			{ value: 'no', level: 0, text: t('Belum', 'Not yet') },
		],
		lesson: (a) => (a.where === 'platform' ? (a.sell === 'food' ? 'food-app-promos' : 'marketplace-ads-dashboard') : 'wa-catalogue'),
	},
	{
		id: 'nib',
		stage: 'growth',
		text: t(
			'Apakah usahamu sudah punya NIB (Nomor Induk Berusaha dari OSS)?',
			'Does your business have an NIB (the business ID number from OSS)?',
		),
		options: [
			{ value: 'yes', level: 2, text: t('Sudah punya', 'Yes') },
			{ value: 'some', level: 1, text: t('Sedang diurus', 'It is being processed') },
			{ value: 'no', level: 0, text: t('Belum', 'Not yet') },
			{ value: 'unsure', level: 0, text: t('Tidak tahu apa itu NIB', 'I do not know what an NIB is') },
		],
		lesson: () => 'nib-registration',
	},
	{
		id: 'time',
		text: t('Berapa lama kamu bisa belajar dalam sekali duduk?', 'How long can you study in one sitting?'),
		options: [
			{ value: 'short', text: t('Kurang dari 10 menit, di sela kerja atau mengurus keluarga', 'Under 10 minutes, between work or family duties') },
			{ value: 'medium', text: t('10 sampai 30 menit', '10 to 30 minutes') },
			{ value: 'long', text: t('Lebih dari 30 menit', 'More than 30 minutes') },
		],
	},
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

/** The option texts that count as "done" (level 2) for a question: the scoring key. */
export function doneOptions(question: PlacementQuestion): PlacementOption[] {
	return question.options.filter((o) => o.level === 2);
}

export const questionById = (id: string) => byId.get(id);
