/** Every URL the site builds, in one place, so links and the JSON API agree. */
import type { Lang } from './schemas/vocabulary.ts';
import { langOfPath, langPrefix } from './locales.ts';

const prefix = langPrefix;

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
	/** Placement result; the answers travel in the query (`?steady=yes&…`), so the link can be shared. */
	placementResult: (lang: Lang) => `${prefix(lang)}/mulai/hasil/`,
	/** Printable pre-assessment with its scoring key, for trainers. */
	placementPrint: (lang: Lang) => `${prefix(lang)}/mulai/cetak/`,
	myLearning: (lang: Lang) => `${prefix(lang)}/belajarku/`,
	/** The folder of the lesson-card files (`<n>.json`, src/core/catalogue/lesson-cards.ts). */
	lessonCards: (lang: Lang) => `${prefix(lang)}/belajarku/pelajaran/`,
	/** A learning path's lesson ids as JSON, for pages that do not carry a long path's list (src/core/catalogue/lesson-cards.ts). */
	pathLessons: (lang: Lang, pathId: string) => `${prefix(lang)}/belajarku/jalur/${pathId}.json`,
	/** "Lanjut belajar" from the site menu: forwards to the next lesson of the path in progress (or Belajarku). */
	continueLearning: (lang: Lang) => `${prefix(lang)}/lanjut/`,
	/** "Buku Usahaku": the learner's own figures and drafts, kept on the phone. */
	businessBook: (lang: Lang) => `${prefix(lang)}/buku-usaha/`,
	programs: (lang: Lang) => `${prefix(lang)}/program/`,
	/** The search dialog's word list (src/features/search/search-words.ts). */
	searchWords: (lang: Lang) => `${prefix(lang)}/search-words.json`,
	program: (lang: Lang, id: string) => `${prefix(lang)}/program/${id}/`,
	/** Programs × stages and × platform families, for program makers. */
	programCoverage: (lang: Lang) => `${prefix(lang)}/program/cakupan/`,
	/** How to add or correct a program file. */
	programGuide: (lang: Lang) => `${prefix(lang)}/program/tambah/`,
	trainers: (lang: Lang) => `${prefix(lang)}/pelatih/`,
	/** "Kelas saya": the trainer's classes and the learners' receipts, on her device. */
	myClass: (lang: Lang) => `${prefix(lang)}/pelatih/kelas/`,
	/** A workshop plan's before/after check, on the phone or printed. */
	workshopCheck: (lang: Lang, workshopId: string) => `${prefix(lang)}/pelatih/${workshopId}/cek/`,
	workshop: (lang: Lang, id: string) => `${prefix(lang)}/pelatih/${id}/`,
	/** Slides, handouts and packages of one stage's lessons, in parts of 50 (src/features/trainer/stage-materials.ts). */
	stageMaterials: (lang: Lang, stage: string, part = 1) => `${prefix(lang)}/pelatih/bahan/${stage}/${part > 1 ? `${part}/` : ''}`,
	/** A workshop plan as a standalone A4 page (also the start page of its offline kit). */
	workshopPrint: (lang: Lang, id: string) => `${prefix(lang)}/pelatih/${id}/cetak/`,
	/** The end-of-session evaluation form, general or with a plan's behaviour changes. */
	evaluationForm: (lang: Lang, workshopId?: string) => `${prefix(lang)}/pelatih/${workshopId ? `${workshopId}/` : ''}evaluasi/`,
	/** Offline kit of a workshop plan (both languages in one archive). */
	workshopKit: (id: string) => `/unduh/${id}.zip`,
	programMakers: (lang: Lang) => `${prefix(lang)}/pembuat-program/`,
	/** The small dictionary, or one term in it (its anchor is the glossary id). */
	glossary: (lang: Lang, termId?: string) => `${prefix(lang)}/kamus/${termId ? `#${termId}` : ''}`,
	/** A lesson without site chrome, the one kind of page other sites may show in a frame. */
	embedLesson: (lang: Lang, slug: string) => `${prefix(lang)}/embed/belajar/${slug}/`,
	/** A learning path without site chrome, for a frame on another site. */
	embedPath: (lang: Lang, id: string) => `${prefix(lang)}/embed/jalur/${id}/`,
	/** SCORM 1.2 package of one lesson (one language per package). */
	scormLesson: (lang: Lang, lessonId: string) => `/unduh/scorm/${lang}/belajar/${lessonId}.zip`,
	/** SCORM 1.2 package of a learning path. */
	scormPath: (lang: Lang, id: string) => `/unduh/scorm/${lang}/jalur/${id}.zip`,
	/** A lesson's self-check questions as a Moodle GIFT question bank. */
	giftLesson: (lang: Lang, lessonId: string) => `/unduh/gift/${lang}/belajar/${lessonId}.txt`,
	/** The self-check questions of every lesson of a path, as one GIFT file. */
	giftPath: (lang: Lang, id: string) => `/unduh/gift/${lang}/jalur/${id}.txt`,
	/** The change feed (RSS 2.0): new and changed lessons, re-checked programs (src/features/feeds/feed.ts). */
	feed: (lang: Lang) => `${prefix(lang)}/feed.xml`,
	/** Stage paths use the stage id as their path id. */
	stage: (lang: Lang, stage: string) => `${prefix(lang)}/jalur/${stage}/`,
};

/** The other language's version of a path on this site. */
export function switchLang(path: string, to: Lang): string {
	const from = langPrefix(langOfPath(path));
	const bare = path.startsWith(`${from}/`) ? path.slice(from.length) : path;
	return `${langPrefix(to)}${bare}`;
}
