import type { CrossFileRule, ParsedContent } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';
import type { Source } from '../../../core/schemas/common.ts';
import { isHomePage, isWebSource } from '../freshness.ts';

/** Every `sources` list of the content: lessons, programs and workshop plans. */
export function sourceLists({ lessons, programs, workshops }: ParsedContent): { file: string; sources: readonly Source[] }[] {
	return [...lessons.map((l) => ({ file: l.file, sources: l.data.sources })), ...programs.map((p) => ({ file: p.file, sources: p.data.sources })), ...workshops.map((w) => ({ file: w.file, sources: w.data.sources }))];
}

/**
 * A web source says when someone last read the fact at its url (`checked`), or
 * says honestly that nobody has yet (`unchecked: true`): an error otherwise, so
 * no new url slips in undated. A checked bare home page is a warning, not an error:
 * some facts live on a one-page site (cekrekening.id) or behind a log-in.
 */
export const webSourceChecked: CrossFileRule = {
	name: 'web-source-checked',
	description: 'Every source with a url carries `checked: YYYY-MM-DD` (or `unchecked: true` until someone re-reads it); a checked bare home page url is a warning.',
	scope: 'content',
	check(content) {
		const errors: ContentError[] = [];
		for (const { file, sources } of sourceLists(content)) {
			sources.forEach((source, i) => {
				if (!isWebSource(source)) {
					if (source.checked || source.unchecked) errors.push({ file, field: `sources.${i}`, value: source.title, message: '`checked` and `unchecked` belong to a web source: add its `url` or remove them' });
					return;
				}
				if (!source.checked && !source.unchecked)
					errors.push({ file, field: `sources.${i}.checked`, value: source.url, message: 'a web source needs `checked: YYYY-MM-DD`, the day you read the fact at this url (or `unchecked: true` if nobody has yet; npm run freshness lists those)' });
				if (source.checked && source.unchecked) errors.push({ file, field: `sources.${i}.unchecked`, value: source.url, message: 'a source is either `checked` on a day or `unchecked`, not both: remove `unchecked`' });
				// Unchecked sources get this note in `npm run freshness` instead, when someone re-reads them.
				if (source.checked && isHomePage(source.url))
					errors.push({ file, field: `sources.${i}.url`, value: source.url, severity: 'warning', message: 'this is a home page: point to the page that states the fact, if there is one' });
			});
		}
		return errors;
	},
};
