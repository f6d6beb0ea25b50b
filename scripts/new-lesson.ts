/**
 * `npm run new:lesson -- <slug> <lesson-id>`: copies the lesson template into
 * both languages with the id filled in. The build fails until every ALL_CAPS
 * placeholder is replaced, so a half-written lesson can't ship.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LESSON_DIRS } from '../src/core/catalogue/read-content.ts';
import { LESSON_ID_PATTERN } from '../src/core/schemas/vocabulary.ts';

const [slug, lessonId] = process.argv.slice(2);
const usage = 'usage: npm run new:lesson -- <slug> <lesson-id>   e.g. npm run new:lesson -- hitung-ongkir shipping-costs';
if (!slug || !lessonId) {
	console.error(usage);
	process.exit(1);
}
for (const [name, value] of [['slug', slug], ['lesson id', lessonId]] as const) {
	if (!LESSON_ID_PATTERN.test(value)) {
		console.error(`The ${name} "${value}" must be lowercase words joined by hyphens.\n${usage}`);
		process.exit(1);
	}
}
const template = readFileSync('content/templates/lesson.mdx', 'utf8')
	.replace(/^# .*\n/gm, '')
	.replace('LESSON_ID', lessonId)
	.replace('TANGGAL_HARI_INI', new Date().toISOString().slice(0, 10));
for (const dir of Object.values(LESSON_DIRS)) {
	const file = `${dir}/${slug}.mdx`;
	if (existsSync(file)) {
		console.error(`${file} already exists: pick another slug.`);
		process.exit(1);
	}
}
for (const [lang, dir] of Object.entries(LESSON_DIRS)) {
	writeFileSync(`${dir}/${slug}.mdx`, template);
	console.log(`created ${dir}/${slug}.mdx (${lang === 'id' ? 'Bahasa Indonesia' : 'English: translate the Indonesian version'})`);
}
console.log(`Now replace every ALL_CAPS placeholder, then run: npm run lint:content -- ${slug}; when it passes, npm run register (adds the lesson to content/lesson-register.yaml; commit both)`);
