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

/** Options with the right one at `right` (0-based); the words are placeholders the template filling replaces. */
const options = (indent: string, right: number) =>
	[0, 1, 2].map((o) => (o === right ? `${indent}- text: RIGHT_ANSWER\n${indent}  correct: true\n${indent}  explain: RIGHT_WHY\n` : `${indent}- text: WRONG_ANSWER\n${indent}  explain: WRONG_WHY\n`)).join('');

/** Three questions for lesson `i`, two with a retry; the right answers move round the three places. */
function selfCheck(i: number): string {
	return `selfCheck:\n${[0, 1, 2]
		.map((q) => `  - question: QUESTION_TEXT?\n    options:\n${options('      ', (i + q) % 3)}${q < 2 ? `    retry:\n      question: RETRY_TEXT?\n      options:\n${options('        ', (i + q + 1) % 3)}` : ''}`)
		.join('')}`;
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
			// The template's self-check has the right answers at three fixed places; across thousands of lessons they
			// move round from lesson to lesson too (at most 40 % at any one place, site-wide).
			.replace(/^selfCheck:\n(?:  .*\n)+/m, selfCheck(i))
			.replace(/^title: .*$/m, `title: "${lang === 'en' ? 'Test lesson' : 'Pelajaran uji'} ${i + 1} · ${phrase(lang, i, 0, 3)}"`)
			.replace(/\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g, (token) => shared[token] ?? phrase(lang, i, ++k, 3 + (k % 4)));
	};
	return { slug, lessonId, text: { id: fill('id'), en: fill('en') } };
}
