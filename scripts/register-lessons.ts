/**
 * `npm run register`: add new lessons to content/lesson-register.yaml (and record renames that already have a
 * redirect), then report anything only an author can settle (a rename without a redirect, a lesson that is gone).
 * Exits 1 while such a problem remains.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllContent, readLessonRegister, readMovedLessons, LESSON_REGISTER_FILE } from '../src/core/catalogue/read-content.ts';
import { parseContent } from '../src/features/content-checks/content-check.ts';
import { lessonsById, registerProblems } from '../src/features/content-checks/rules/lesson-register.ts';
import { registerText, updateRegister } from '../src/features/content-checks/lesson-register-update.ts';
import { formatContentErrors } from '../src/core/catalogue/content-errors.ts';

const root = process.cwd();
const input = readAllContent(root);
if (input.parseErrors.length) {
	console.error(formatContentErrors(input.parseErrors));
	process.exit(1);
}
const lessons = lessonsById(parseContent(input).content);
const moved = readMovedLessons(root);
const { register, added, renamed } = updateRegister(readLessonRegister(root), lessons, moved);
writeFileSync(join(root, LESSON_REGISTER_FILE), registerText(register));
console.log(`${LESSON_REGISTER_FILE}: ${Object.keys(register.published).length} lessons${added.length ? `; added ${added.join(', ')}` : ''}${renamed.length ? `; new slug for ${renamed.join(', ')}` : ''}`);
const problems = registerProblems(lessons, register, moved);
if (problems.length) {
	console.error(formatContentErrors(problems));
	process.exit(1);
}
