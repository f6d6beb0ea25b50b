/**
 * The versioned JSON API for program makers (`/api/v1/*.json`). Pure shaping
 * functions: the endpoints pass in catalogue data. Version 1 is a contract:
 * fields may be added, never renamed or removed; a breaking change gets /api/v2/.
 * Additions are listed in API_CHANGES (published on the program-maker page).
 */
import { LANGS, type Bilingual, type Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';

export const API_VERSION = 1;

/** Fields added within version 1, newest first (never a rename or removal: that would be /api/v2/). */
export const API_CHANGES = [
	{ date: '2026-12-01', added: ['lessons[].selfCheck', 'lessons[].gift', 'lessons[].scorm', 'paths[].gift', 'paths[].scorm'] },
] as const;

interface SelfCheckLike {
	question: string;
	options: { text: string; correct: boolean; explain: string }[];
}

interface LessonLike {
	slug: string;
	data: { lessonId: string; stage: string; topics: string[]; platforms: string[]; durationMinutes: number; title: string; description?: string; updated: string; prerequisites: string[]; objectives: string[]; selfCheck: SelfCheckLike[] };
}

const abs = (site: string, path: string) => `${site}${path}`;
/** One value per site language: `{ id: …, en: … }`. */
const perLang = <T>(value: (lang: Lang) => T) => Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Record<Lang, T>;

export function lessonsPayload(lessons: Record<Lang, Map<string, LessonLike>>, site: string) {
	return {
		version: API_VERSION,
		lessons: [...lessons[LANGS[0]!].values()].map((l) => {
			const inLang = (lang: Lang) => lessons[lang].get(l.data.lessonId)!;
			return {
				id: l.data.lessonId,
				stage: l.data.stage,
				topics: l.data.topics,
				platforms: l.data.platforms,
				durationMinutes: l.data.durationMinutes,
				prerequisites: l.data.prerequisites,
				title: perLang((lang) => inLang(lang).data.title),
				description: perLang((lang) => inLang(lang).data.description ?? ''),
				objectives: perLang((lang) => inLang(lang).data.objectives),
				url: perLang((lang) => abs(site, urls.lesson(lang, inLang(lang).slug))),
				permalink: perLang((lang) => abs(site, urls.lessonPermalink(lang, l.data.lessonId))),
				slides: perLang((lang) => abs(site, urls.slides(lang, inLang(lang).slug))),
				updated: l.data.updated,
				/** The self-check questions, every option with its explanation. */
				selfCheck: perLang((lang) => inLang(lang).data.selfCheck.map((q) => ({ question: q.question, options: q.options.map((o) => ({ text: o.text, correct: o.correct, explain: o.explain })) }))),
				gift: perLang((lang) => abs(site, urls.giftLesson(lang, l.data.lessonId))),
				/** The build adds each package's size in bytes (src/features/lms/scorm.ts). */
				scorm: perLang((lang) => ({ url: abs(site, urls.scormLesson(lang, l.data.lessonId)) })),
			};
		}),
	};
}

export function stagesPayload(stages: { id: string; name: Bilingual; description: Bilingual; doneWhen: Bilingual }[], site: string) {
	return {
		version: API_VERSION,
		stages: stages.map((s, order) => ({
			id: s.id,
			order,
			name: s.name,
			description: s.description,
			doneWhen: s.doneWhen,
			url: perLang((lang) => abs(site, urls.stage(lang, s.id))),
		})),
	};
}

export function pathsPayload(
	paths: { id: string; kind: 'stage' | 'persona'; stage?: string; title: Bilingual; description: Bilingual; audience: Bilingual; lessons: string[] }[],
	minutesById: Map<string, number>,
	site: string,
) {
	return {
		version: API_VERSION,
		paths: paths.map((p) => ({
			id: p.id,
			kind: p.kind,
			...(p.stage ? { stage: p.stage } : {}),
			title: p.title,
			description: p.description,
			audience: p.audience,
			lessons: p.lessons,
			durationMinutes: p.lessons.reduce((sum, id) => sum + (minutesById.get(id) ?? 0), 0),
			url: perLang((lang) => abs(site, urls.path(lang, p.id))),
			gift: perLang((lang) => abs(site, urls.giftPath(lang, p.id))),
			/** The build adds each package's size in bytes (src/features/lms/scorm.ts). */
			scorm: perLang((lang) => ({ url: abs(site, urls.scormPath(lang, p.id)) })),
		})),
	};
}

export function programsPayload<P extends { id: string }>(programs: P[], site: string) {
	return {
		version: API_VERSION,
		programs: programs.map((p) => ({ ...p, url: perLang((lang) => abs(site, urls.program(lang, p.id))) })),
	};
}

