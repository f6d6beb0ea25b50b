/**
 * The lessons of each stage in teaching order, per language, read once from
 * the catalogue: the route middleware opens the current lesson's stage in the
 * sidebar from this (see src/features/shell/sidebar-trim.ts), in constant time per page.
 */
import { getCatalogue } from '../../core/catalogue/catalogue.ts';
import { orderStageLessons, type StageLesson } from './sidebar-trim.ts';
import { urls } from '../../core/urls.ts';
import { LANGS, type Stage } from '../../core/schemas/vocabulary.ts';

let cache: Promise<Map<string, StageLesson[]>> | undefined;

/** Key: `${lang}:${stage}`. */
export function stageLessons(): Promise<Map<string, StageLesson[]>> {
	cache ??= getCatalogue().then(({ lessons, paths }) => {
		const out = new Map<string, StageLesson[]>();
		for (const lang of LANGS) {
			const byStage = new Map<Stage, { id: string; slug: string; title: string; label?: string }[]>();
			for (const l of lessons[lang].values()) {
				const list = byStage.get(l.data.stage) ?? [];
				const { sidebar } = l.entry.data;
				list.push({ id: l.lessonId, slug: l.slug, title: l.data.title, label: sidebar?.label });
				byStage.set(l.data.stage, list);
			}
			for (const [stage, list] of byStage) {
				const order = paths.find((p) => p.kind === 'stage' && p.stage === stage)?.lessons ?? [];
				out.set(`${lang}:${stage}`, orderStageLessons(list, order).map((l) => ({ href: urls.lesson(lang, l.slug), label: l.label ?? l.title })));
			}
		}
		return out;
	});
	return cache;
}
