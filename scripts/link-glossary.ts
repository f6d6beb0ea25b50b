/**
 * `npm run glossary:link [-- <filter>…]`: links the first unexplained use of each Kamus kecil word in every lesson
 * (or the lessons whose path contains a filter) to its entry, the fix for the content rule
 * `glossary-terms-explained`. Prints what it linked and what is left for the author; read the diff before committing:
 * an explanation in brackets is sometimes the better fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readAllContent } from '../src/core/catalogue/read-content.ts';
import { glossaryTermSchema } from '../src/core/schemas/glossary.ts';
import { linkFirstUses } from '../src/features/content-checks/glossary-links.ts';

const filters = process.argv.slice(2);
const content = readAllContent(process.cwd());
const glossary = (content.glossary ?? []).map((g) => glossaryTermSchema.parse(g.data));
let linked = 0;
for (const lesson of content.lessons.filter((l) => filters.length === 0 || filters.some((f) => l.file.includes(f)))) {
	const result = linkFirstUses(readFileSync(lesson.file, 'utf8'), lesson.body, lesson.lang, glossary);
	for (const line of result.linked) console.log(`${lesson.file}: ${line}`);
	for (const line of result.left) console.log(`${lesson.file}: explain by hand: ${line}`);
	if (result.linked.length) writeFileSync(lesson.file, result.text);
	linked += result.linked.length;
}
console.log(`${linked} links added`);
