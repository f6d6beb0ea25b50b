import { describe, expect, it } from 'vitest';
import { clock, timeAgenda, totalMinutes, workshopLessons } from './workshop.ts';
import type { AgendaBlock } from '../../core/schemas/workshop.ts';

const t = (id: string) => ({ id, en: id });
const AGENDA: AgendaBlock[] = [
	{ kind: 'opening', minutes: 20, title: t('Buka'), activity: t('Kenalan') },
	{ kind: 'lesson', minutes: 45, lesson: 'whatsapp-selling-basics', activity: t('Praktik') },
	{ kind: 'break', minutes: 15, title: t('Istirahat'), activity: t('Teh') },
	{ kind: 'activity', minutes: 40, lesson: 'safe-chat-orders-payments', title: t('Simulasi'), activity: t('Pesan') },
	{ kind: 'closing', minutes: 15, title: t('Tutup'), activity: t('Evaluasi') },
];

describe('workshop agenda', () => {
	it('times every block from the start of the session', () => {
		expect(timeAgenda(AGENDA).map((b) => [b.start, b.end])).toEqual([[0, 20], [20, 65], [65, 80], [80, 120], [120, 135]]);
		expect(totalMinutes(AGENDA)).toBe(135);
		expect(clock(0)).toBe('0:00');
		expect(clock(125)).toBe('2:05');
	});

	it('lists the lessons of a plan once, in order of first use', () => {
		const lessons = workshopLessons({ agenda: AGENDA, handsOn: [{ title: t('x'), description: t('y'), lesson: 'whatsapp-selling-basics' }], homework: [{ task: t('z'), lesson: 'wa-catalogue' }] });
		expect(lessons).toEqual(['whatsapp-selling-basics', 'safe-chat-orders-payments', 'wa-catalogue']);
	});

});
