/**
 * What `npm run register` writes: the lesson register brought up to date with today's lessons, without ever
 * accepting a lost address. New lessons are added; a renamed lesson's slug is updated only once its old slug
 * redirects; old slugs from content/moved-lessons.yaml are copied in. Nothing is ever removed: a lesson that is gone
 * stays registered until an author moves it to `retired:` by hand, so the rule `lesson-register` keeps refusing it.
 */
import { stringify } from 'yaml';
import type { LessonRegister } from '../../core/schemas/lesson-register.ts';
import type { MovedLessons } from '../../core/schemas/moved-lessons.ts';

const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

export function updateRegister(register: LessonRegister, lessons: Map<string, { slug: string }>, moved: MovedLessons): { register: LessonRegister; added: string[]; renamed: string[] } {
	const published = { ...register.published };
	const added: string[] = [];
	const renamed: string[] = [];
	for (const [id, { slug }] of lessons) {
		if (register.retired[id]) continue;
		const before = published[id];
		if (before === undefined) {
			published[id] = slug;
			added.push(id);
		} else if (before !== slug && moved[before] === id) {
			published[id] = slug;
			renamed.push(id);
		}
	}
	for (const id of Object.keys(register.retired)) delete published[id];
	return { register: { published: sorted(published), moved: sorted({ ...moved, ...register.moved }), retired: sorted(register.retired) }, added, renamed };
}

export const REGISTER_HEADER = `# Every lesson id and slug Naik Kelas has published, so no address can break unnoticed (content/AUTHORING.md).
# Each lesson lives at /belajar/<slug>/, /en/belajar/<slug>/, /l/<id>/ and /en/l/<id>/.
# Written by \`npm run register\` (it adds new lessons; it never removes anything) and reviewed like content.
# Renamed a lesson file? Add "old-slug: lesson-id" to content/moved-lessons.yaml, then run npm run register.
# Took a lesson off the site? Move its line from published: to retired: by hand, with its slug, replacedBy (the
# lesson its links now go to) and a reason. Ids and slugs listed here are never reused.
`;

export function registerText(register: LessonRegister): string {
	return `${REGISTER_HEADER}\n${stringify(register, { lineWidth: 0 })}`;
}
