/** Pure helpers for workshop plans: agenda timing, the plan's lessons, durations. */
import type { AgendaBlock, Workshop } from '../../core/schemas/workshop.ts';

export interface TimedBlock {
	block: AgendaBlock;
	/** Minutes from the start of the session. */
	start: number;
	end: number;
}

/** Written into plan pages at build time; replaced with the offline kit's size once the archive exists. */
export const KIT_SIZE_MARKER = '__NK_KIT_SIZE__';

/** Each block with its start and end, counted from the start of the session. */
export function timeAgenda(agenda: readonly AgendaBlock[]): TimedBlock[] {
	let t = 0;
	return agenda.map((block) => {
		const start = t;
		t += block.minutes;
		return { block, start, end: t };
	});
}

export const totalMinutes = (agenda: readonly AgendaBlock[]) => agenda.reduce((n, b) => n + b.minutes, 0);

/** `0:00`, `1:35`: elapsed time as the trainer reads it off a watch. */
export function clock(minutes: number): string {
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Lesson ids the plan uses (agenda, hands-on, homework), first appearance first, each once. */
export function workshopLessons(w: Pick<Workshop, 'agenda' | 'handsOn' | 'homework'>): string[] {
	const ids = [...w.agenda.map((b) => b.lesson), ...w.handsOn.map((h) => h.lesson), ...w.homework.map((h) => h.lesson)];
	return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}
