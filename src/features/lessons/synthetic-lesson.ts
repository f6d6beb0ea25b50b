/**
 * Synthetic lessons for the build benchmark (`npm run bench`): the real lesson
 * template (content/templates/lesson.mdx) with every placeholder replaced by
 * generated words and valid frontmatter, so the build does the same work per
 * lesson as for a real one. They are only ever written into a temporary copy
 * of the project, never into the repository.
 */
import { STAGES, TOPICS, type Lang } from '../../core/schemas/vocabulary.ts';

const WORDS: Record<Lang, string[]> = {
	id: 'usaha jualan modal harga stok pembeli pesanan produk kemasan foto toko catatan untung biaya promosi pelanggan jadwal kirim bahan resep pasar ulasan'.split(' '),
	en: 'business selling capital price stock buyer order product packaging photo shop record profit cost promotion customer schedule delivery material recipe market review'.split(' '),
};

/** A deterministic phrase of `n` words for lesson `i`, placeholder number `k`. */
export function phrase(lang: Lang, i: number, k: number, n: number): string {
	const words = WORDS[lang];
	return Array.from({ length: n }, (_, j) => words[(i * 7 + k * 13 + j * 5) % words.length]).join(' ');
}

export interface SyntheticLesson {
	slug: string;
	lessonId: string;
	text: Record<Lang, string>;
}

/** Lesson number `i` (0-based) in both languages, from the template text. */
export function syntheticLesson(template: string, i: number): SyntheticLesson {
	const slug = `sintetis-${i + 1}`;
	const lessonId = `synthetic-${i + 1}`;
	const fill = (lang: Lang) => {
		let k = 0;
		const shared: Record<string, string> = {
			LESSON_ID: lessonId,
			STAGE_ID: STAGES[i % STAGES.length]!,
			TOPIC_ID: TOPICS[i % TOPICS.length]!,
			TANGGAL_HARI_INI: '2026-01-01',
			// Keywords and metadata are shared between the two languages of a lesson.
			KATA_KUNCI_1: `${WORDS.id[i % WORDS.id.length]}`,
			KATA_KUNCI_2: `sintetis`,
			KATA_KUNCI_3: `uji${i + 1}`,
		};
		return template
			.replace(/^# .*\n/gm, '')
			// Every practice starts with a do-now step (content rule lesson-do-now); the template leaves it to the author.
			.replace(/^practice:\n/m, `practice:\n  doNow:\n    task: DO_NOW_TASK\n    minutes: 5\n    result: DO_NOW_RESULT\n`)
			// Right answers not all first (content rule on self-checks): the second question has it second.
			// Two questions get a retry (content rule self-check-retries): a second try on the same point.
			.replace(/^(  - question: PERTANYAAN_(?:DUA|TIGA)\?)$/gm, `    retry:\n      question: RETRY_QUESTION?\n      options:\n        - text: RETRY_WRONG\n          explain: RETRY_WRONG_WHY\n        - text: RETRY_RIGHT\n          correct: true\n          explain: RETRY_RIGHT_WHY\n$1`)
			.replace(/(question: PERTANYAAN_DUA\?\n    options:\n)(      - text: JAWABAN_BENAR\n        correct: true\n        explain: ALASAN_BENAR\n)(      - text: JAWABAN_SALAH\n        explain: ALASAN_SALAH\n)/, '$1$3$2')
			.replace(/^title: .*$/m, `title: "${lang === 'en' ? 'Test lesson' : 'Pelajaran uji'} ${i + 1} · ${phrase(lang, i, 0, 3)}"`)
			.replace(/\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g, (token) => shared[token] ?? phrase(lang, i, ++k, 3 + (k % 4)));
	};
	return { slug, lessonId, text: { id: fill('id'), en: fill('en') } };
}
