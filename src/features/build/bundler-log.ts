/**
 * What the bundler may say during `astro build`. Astro marks every content entry's style-collecting wrapper
 * (`<entry>.mdx?astroPropagatedAssets`, astro/dist/content/vite-plugin-content-assets.js) with the module-level
 * directive `"use astro:head-inject"`, which Rolldown does not keep when bundling and warns about: one warning of
 * about 20 lines per lesson and language (182 on this site, 4,000 at 2,000 lessons), which buried every other
 * message of the build. Astro does not read the directive after bundling (its wrapper carries
 * `__astroPropagation: true`), so exactly that warning is dropped; every other log, this rule's warnings about
 * any other directive included, goes through.
 */
import type { RolldownOptions } from 'rolldown';

type OnLog = NonNullable<RolldownOptions['onLog']>;

export function isAstroHeadInjectWarning(log: { code?: string; message?: string }): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:head-inject"/.test(log.message ?? '') && /\?astroPropagatedAssets\b/.test(log.message ?? '');
}

export const bundlerLog: OnLog = (level, log, handler) => {
	if (level === 'warn' && isAstroHeadInjectWarning(log)) return;
	handler(level, log);
};
