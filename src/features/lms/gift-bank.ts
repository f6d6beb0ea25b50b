/** A lesson's or a path's GIFT file from catalogue lessons (the route is src/pages/unduh/gift/). */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';
import { SITE_URL } from '../../core/site.ts';
import { giftFile } from './gift.ts';

interface LessonLike {
	slug: string;
	data: { lessonId: string; title: string; selfCheck: { question: string; options: { text: string; correct: boolean; explain: string }[] }[] };
}

export function giftBank(lang: Lang, title: string, lessons: LessonLike[]): string {
	return giftFile(
		[`Naik Kelas · ${title} (${lang})`, 'CC BY-SA 4.0 · Moodle: Question bank → Import → GIFT format', `${SITE_URL}${urls.home(lang)}`],
		lessons.map((l) => ({ lessonId: l.data.lessonId, title: l.data.title, url: `${SITE_URL}${urls.lesson(lang, l.slug)}`, selfCheck: l.data.selfCheck })),
	);
}
