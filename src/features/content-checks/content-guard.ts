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

export function validateContentAt(root: string): ContentError[] {
	const input = readAllContent(root);
	const { errors } = checkContent(input);
	return [...input.parseErrors, ...errors];
}

export default function contentGuard(): AstroIntegration {
	return {
		name: 'naik-kelas:content-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const errors = validateContentAt(fileURLToPath(config.root));
				if (errors.length) throw new Error(`Naik Kelas content check failed.\n${formatContentErrors(errors)}`);
				logger.info('curriculum content is valid');
			},
		},
	};
}
