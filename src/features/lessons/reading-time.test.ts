import { describe, expect, it } from 'vitest';
import { learnerBodyText, learnerWords, readingMinutes, trainerNoteMinutes } from './reading-time.ts';

const body = `import { Steps } from '~/features/lessons/kit';

## Kenapa

Bu Lina jualan sambal Rp15.000.

<TrainerNote minutes={10} materials="kertas">Catatan untuk pelatih saja.</TrainerNote>

<Example kind="do" title="Judul">Isi contoh.</Example>

<TrainerNote minutes={5}>Dua.</TrainerNote>
`;

describe('reading time', () => {
	it('counts what the learner reads, not trainer notes, imports or attributes', () => {
		const text = learnerBodyText(body);
		expect(text).not.toMatch(/pelatih|import|materials|kertas/);
		expect(text).toMatch(/Bu Lina/);
		expect(text).toMatch(/Isi contoh/);
	});

	it('adds objectives, practice and self-check questions', () => {
		const data = {
			objectives: ['Satu dua'],
			practice: { title: 'x', task: 'tiga empat lima', doNow: { task: 'enam tujuh', minutes: 5, result: 'delapan' }, checklist: ['sembilan'] },
			selfCheck: [{ question: 'sepuluh?', options: [{ text: 'ya', correct: true, explain: 'e' }, { text: 'tidak', correct: false, explain: 'e' }] }],
		};
		// body: "## Kenapa Bu Lina jualan sambal Rp15.000. Isi contoh." = 8 words (## is not a word)
		expect(learnerWords(data, body)).toBe(8 + 2 + 3 + 3 + 1 + 3);
	});

	it('rounds reading up to whole minutes', () => {
		expect(readingMinutes(0)).toBe(0);
		expect(readingMinutes(150)).toBe(1);
		expect(readingMinutes(151)).toBe(2);
	});

	it('sums trainer-note minutes', () => {
		expect(trainerNoteMinutes(body)).toBe(15);
		expect(trainerNoteMinutes('no notes')).toBe(0);
	});
});
