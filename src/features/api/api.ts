/**
 * The versioned JSON API for program makers (`/api/v1/*.json`). Pure shaping
 * functions: the endpoints pass in catalogue data. Version 1 is a contract:
 * fields may be added, never renamed or removed; a breaking change gets /api/v2/.
 */
import type { Bilingual, Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';

export const API_VERSION = 1;

interface LessonLike {
	slug: string;
	data: { lessonId: string; stage: string; topics: string[]; platforms: string[]; durationMinutes: number; title: string; description?: string; updated: string; prerequisites: string[]; objectives: string[] };
}

const abs = (site: string, path: string) => `${site}${path}`;

export function lessonsPayload(id: Map<string, LessonLike>, en: Map<string, LessonLike>, site: string) {
	return {
		version: API_VERSION,
		lessons: [...id.values()].map((l) => {
			const e = en.get(l.data.lessonId)!;
			return {
				id: l.data.lessonId,
				stage: l.data.stage,
				topics: l.data.topics,
				platforms: l.data.platforms,
				durationMinutes: l.data.durationMinutes,
				prerequisites: l.data.prerequisites,
				title: { id: l.data.title, en: e.data.title },
				description: { id: l.data.description ?? '', en: e.data.description ?? '' },
				objectives: { id: l.data.objectives, en: e.data.objectives },
				url: { id: abs(site, urls.lesson('id', l.slug)), en: abs(site, urls.lesson('en', e.slug)) },
				permalink: { id: abs(site, urls.lessonPermalink('id', l.data.lessonId)), en: abs(site, urls.lessonPermalink('en', l.data.lessonId)) },
				slides: { id: abs(site, urls.slides('id', l.slug)), en: abs(site, urls.slides('en', e.slug)) },
				updated: l.data.updated,
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
			url: { id: abs(site, urls.stage('id', s.id)), en: abs(site, urls.stage('en', s.id)) },
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
			url: { id: abs(site, urls.path('id', p.id)), en: abs(site, urls.path('en', p.id)) },
		})),
	};
}

export function programsPayload<P extends { id: string }>(programs: P[], site: string) {
	return {
		version: API_VERSION,
		programs: programs.map((p) => ({ ...p, url: { id: abs(site, urls.program('id', p.id)), en: abs(site, urls.program('en', p.id)) } })),
	};
}

export const langs: Lang[] = ['id', 'en'];
