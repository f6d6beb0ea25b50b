/**
 * Astro integration that checks all curriculum content before anything is
 * built, so a bad lesson or program fails the build with a clear message
 * (file, field, value, allowed values) instead of a broken page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readAllContent } from '../../core/catalogue/read-content.ts';
import { checkContent } from './content-check.ts';
import { formatContentErrors, type ContentError } from '../../core/catalogue/content-errors.ts';

/** Every content error under `root` (warnings left out: see `checkContentAt`). */
export function validateContentAt(root: string): ContentError[] {
	return checkContentAt(root).errors;
}

/** Errors (they fail the build) and warnings (printed, e.g. facts due for a re-check) of the content under `root`. */
export function checkContentAt(root: string): { errors: ContentError[]; warnings: ContentError[] } {
	const input = readAllContent(root);
	const { errors, warnings } = checkContent(input);
	return { errors: [...input.parseErrors, ...errors], warnings };
}

export default function contentGuard(): AstroIntegration {
	return {
		name: 'naik-kelas:content-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const { errors, warnings } = checkContentAt(fileURLToPath(config.root));
				if (warnings.length) logger.warn(formatContentErrors(warnings));
				if (errors.length) throw new Error(`Naik Kelas content check failed.\n${formatContentErrors(errors)}`);
				logger.info('curriculum content is valid');
			},
		},
	};
}
