/**
 * The order self-check options are shown in: shuffled, but the same every time
 * for a question (seeded by the lesson id and the question's index), so the
 * lesson page, the slides and the printed answer key all show the same letters.
 * The frontmatter keeps the author's order; only the display is shuffled.
 */

/** FNV-1a: a small, stable 32-bit hash of a string. */
function hash(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
	return h;
}

/** mulberry32: a tiny deterministic random number generator (0 ≤ n < 1). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The display order of `count` options of question `questionIndex` (a retry
 * question uses its own key, e.g. `"2r"`): a permutation of 0…count-1, the
 * author's indexes in the order they are shown.
 */
export function optionOrder(lessonId: string, questionIndex: number | string, count: number): number[] {
	const order = Array.from({ length: count }, (_, i) => i);
	const next = random(hash(`${lessonId}#${questionIndex}`));
	// Fisher–Yates.
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** The options of a question in display order. */
export function shuffled<T>(lessonId: string, questionIndex: number | string, options: readonly T[]): T[] {
	return optionOrder(lessonId, questionIndex, options.length).map((i) => options[i]!);
}
