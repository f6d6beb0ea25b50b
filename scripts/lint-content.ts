/**
 * `npm run lint:content [-- <filter>…]`: checks every lesson, page, path,
 * program and stage without building the site (a few seconds), and compiles
 * each lesson's MDX with the same compiler Astro uses to catch syntax errors
 * early. With filters, only errors in files whose path contains one of them are
 * shown. Exits 1 on any error shown. `-- --rules` lists the rules instead.
 */
import { mdxToJs } from 'satteri';
import { checkContentAt } from '../src/features/content-checks/content-guard.ts';
import { readLessons } from '../src/core/catalogue/read-content.ts';
import { formatContentErrors, type ContentError } from '../src/core/catalogue/content-errors.ts';
import { CONTENT_RULES } from '../src/features/content-checks/rules/index.ts';

if (process.argv.includes('--rules')) {
	console.log('schema: each file matches its schema in src/core/schemas/ (lessons, programs, paths, workshops, stages)');
	for (const rule of CONTENT_RULES) console.log(`${rule.name}: ${rule.description}`);
	process.exit(0);
}
const filters = process.argv.slice(2);
const wanted = (file: string) => filters.length === 0 || filters.some((f) => file.includes(f));

const { errors, warnings }: { errors: ContentError[]; warnings: ContentError[] } = checkContentAt(process.cwd());
for (const lesson of readLessons(process.cwd()).lessons) {
	if (!wanted(lesson.file)) continue;
	try {
		mdxToJs(lesson.body);
	} catch (e) {
		errors.push({ file: lesson.file, field: '(MDX body)', message: `${(e as Error).message}. In MDX plain text, write "lebih dari" instead of >, and avoid { } <` });
	}
}
const warned = warnings.filter((e) => wanted(e.file));
if (warned.length) console.warn(formatContentErrors(warned));
const shown = errors.filter((e) => wanted(e.file));
if (shown.length) {
	console.error(formatContentErrors(shown));
	process.exit(1);
}
console.log(`content ok${filters.length ? ` (${filters.join(', ')})` : ''}: lessons, pages, paths, programs and stages are valid`);
