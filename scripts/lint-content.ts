/**
 * `npm run lint:content`: checks every lesson, path, program and stage without
 * building the site (a second or two). Prints each problem with how to fix it; exits 1 on any.
 */
import { validateContentAt } from '../src/integrations/content-guard.ts';
import { formatContentErrors } from '../src/lib/content-errors.ts';

const errors = validateContentAt(process.cwd());
if (errors.length) {
	console.error(formatContentErrors(errors));
	process.exit(1);
}
console.log('content ok: every lesson, path, program and stage is valid');
