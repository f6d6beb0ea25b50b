import { describe, expect, it } from 'vitest';
import { figureAttributes as rule } from './figure-attributes.ts';
import { bodyOnly } from './test-lesson.ts';

describe(rule.name, () => {
	it('asks for alt text and an imported image, naming the tag', () => {
		const errors = rule.check(bodyOnly('<Figure src="/foto.jpg" alt="Foto" />'));
		expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/<Figure> needs alt=/), expect.stringMatching(/<Figure> needs src=\{importedImage\}/)]);
		expect(errors[0]!.value).toBe('<Figure src="/foto.jpg" alt="Foto" />');
		expect(rule.check(bodyOnly('<Figure src={foto} />'))).toHaveLength(1);
	});

	it('passes a figure with both', () => {
		expect(rule.check(bodyOnly('<Figure src={foto} alt="Foto keripik dengan cahaya jendela" />'))).toEqual([]);
		expect(rule.check(bodyOnly('<Figure src={foto} alt={t.alt} />'))).toEqual([]);
	});
});
