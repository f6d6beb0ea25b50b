import { describe, expect, it } from 'vitest';
import { lessonProse, lineAt, lineText } from './lesson-prose.ts';

describe('lessonProse', () => {
	const body = [
		"import { KeyFact } from '~/features/lessons/kit';",
		'',
		'## Apa itu HPP?',
		'',
		'<KeyFact source="Somia CX 2024">Modal per botol `HPP` {x}</KeyFact>',
		'Lihat [caption](/kamus/#caption) dan https://oss.go.id/info.',
		'<TrainerNote minutes={5}>',
		'Catatan COD.',
		'</TrainerNote>',
	].join('\n');

	it('keeps the prose at the same offsets and blanks code, tags, link targets and URLs', () => {
		const prose = lessonProse(body);
		expect(prose).toHaveLength(body.length);
		expect(prose.split('\n')).toHaveLength(body.split('\n').length);
		expect(prose).not.toMatch(/import|KeyFact|Somia|`HPP`|\{x\}|\/kamus\/|oss\.go\.id/);
		expect(prose).toMatch(/Modal per botol/);
		expect(prose).toMatch(/\[caption\]/);
		expect(prose).toMatch(/Apa itu HPP\?/);
		expect(prose).toMatch(/Catatan COD\./);
	});

	it('blanks headings and trainer notes when asked', () => {
		const prose = lessonProse(body, { headings: true, trainerNotes: true });
		expect(prose).not.toMatch(/Apa itu HPP|Catatan COD/);
		expect(prose).toHaveLength(body.length);
	});

	it('names the line of an offset', () => {
		const at = body.indexOf('Lihat');
		expect(lineAt(body, at)).toBe(6);
		expect(lineText(body, at + 3)).toBe('Lihat [caption](/kamus/#caption) dan https://oss.go.id/info.');
	});
});
