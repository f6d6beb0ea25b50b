/**
 * The 24-bit number that stands for a lesson or workshop id: in a learning receipt
 * (src/features/evidence/receipt.ts) and in the choice of the lesson-card file that holds a lesson
 * (lesson-cards.ts). FNV-1a over the id's UTF-8 bytes; ids never change, so neither does the number.
 */
function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

export const idHash = (id: string) => fnv1a(id) & 0xffffff;
