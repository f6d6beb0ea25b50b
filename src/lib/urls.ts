/** Every URL the site builds, in one place, so links and the JSON API agree. */
import type { Lang } from '../schemas/vocabulary.ts';

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

export const urls = {
	home: (lang: Lang) => `${prefix(lang)}/`,
	lesson: (lang: Lang, slug: string) => `${prefix(lang)}/belajar/${slug}/`,
	/** Permanent link by lesson id; redirects to the lesson wherever its file lives. */
	lessonPermalink: (lang: Lang, lessonId: string) => `${prefix(lang)}/l/${lessonId}/`,
	slides: (lang: Lang, slug: string) => `${prefix(lang)}/slide/${slug}/`,
	print: (lang: Lang, slug: string) => `${prefix(lang)}/cetak/${slug}/`,
	paths: (lang: Lang) => `${prefix(lang)}/jalur/`,
	path: (lang: Lang, id: string) => `${prefix(lang)}/jalur/${id}/`,
	customPath: (lang: Lang) => `${prefix(lang)}/jalur/susun/`,
	placement: (lang: Lang) => `${prefix(lang)}/mulai/`,
	myLearning: (lang: Lang) => `${prefix(lang)}/belajarku/`,
	programs: (lang: Lang) => `${prefix(lang)}/program/`,
	program: (lang: Lang, id: string) => `${prefix(lang)}/program/${id}/`,
	trainers: (lang: Lang) => `${prefix(lang)}/pelatih/`,
	workshop: (lang: Lang, id: string) => `${prefix(lang)}/pelatih/${id}/`,
	programMakers: (lang: Lang) => `${prefix(lang)}/pembuat-program/`,
	/** Stage paths use the stage id as their path id. */
	stage: (lang: Lang, stage: string) => `${prefix(lang)}/jalur/${stage}/`,
};

/** The other language's version of a path on this site. */
export function switchLang(path: string, to: Lang): string {
	const bare = path.replace(/^\/en(?=\/)/, '');
	return to === 'en' ? `/en${bare}` : bare;
}
