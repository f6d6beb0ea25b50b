import { describe, expect, it } from 'vitest';
import {
	MAX_IMPORT_CHARS,
	PROGRESS_VERSION,
	STORAGE_KEY,
	emptyProgress,
	exportCode,
	exportFile,
	importProgress,
	isDone,
	markDone,
	mergeProgress,
	migrate,
	MAX_IMPORT_ENTRIES,
	PROGRESS_KIND,
	exportStoredText,
	isRealDate,
	lessonOf,
	pathStarted,
	type ImportRules,
	recordQuiz,
	setCheck,
	startPath,
	type ProgressState,
} from './progress.ts';
import { readText } from '../../core/device-store.ts';

/** What this release knows (a real page passes the catalogue's ids). */
const RULES: ImportRules = {
	lessons: new Set(['separate-business-money', 'daily-bookkeeping', 'cost-of-goods', 'x-lesson', 'growth-lesson', 'whatsapp-selling-basics']),
	paths: new Set(['finance-basics', 'growth', 'first-sale-whatsapp']),
	today: '2026-06-01',
};
const parseStored = (text: string | null) => readText(PROGRESS_KIND, text).value;

/** A learner who has done a bit of everything. */
function sample(): ProgressState {
	let s = emptyProgress();
	s = markDone(s, 'separate-business-money', '2026-01-05');
	s = setCheck(s, 'separate-business-money', 0, true);
	s = setCheck(s, 'separate-business-money', 2, true);
	s = setCheck(s, 'daily-bookkeeping', 1, true);
	s = recordQuiz(s, 'cost-of-goods', 3, 4, '2026-01-06T08:00:00.000Z');
	s = startPath(s, 'finance-basics', '2026-01-05');
	return s;
}

const fail = (input: string) => {
	const r = importProgress(input, RULES);
	if (r.ok) throw new Error(`expected ${JSON.stringify(input.slice(0, 60))} to be refused`);
	return r.error;
};

describe('progress model', () => {
	it('uses one versioned key', () => {
		expect(STORAGE_KEY).toBe('naik-kelas:progress');
		expect(emptyProgress()).toEqual({ v: PROGRESS_VERSION, lessons: {}, paths: {} });
	});

	it('marks lessons done and undone without touching other fields', () => {
		const s = sample();
		expect(isDone(s, 'separate-business-money')).toBe(true);
		expect(isDone(s, 'daily-bookkeeping')).toBe(false);
		const undone = markDone(s, 'separate-business-money', '2026-02-01', false);
		expect(isDone(undone, 'separate-business-money')).toBe(false);
		expect(undone.lessons['separate-business-money']!.checks).toEqual([0, 2]);
		// the original is not mutated
		expect(isDone(s, 'separate-business-money')).toBe(true);
	});

	it('keeps checklist ticks sorted and unique', () => {
		let s = setCheck(emptyProgress(), 'x-lesson', 3, true);
		s = setCheck(s, 'x-lesson', 1, true);
		s = setCheck(s, 'x-lesson', 3, true);
		expect(s.lessons['x-lesson']!.checks).toEqual([1, 3]);
		s = setCheck(s, 'x-lesson', 3, false);
		expect(s.lessons['x-lesson']!.checks).toEqual([1]);
	});

	it('records the first start of a path only', () => {
		const s = startPath(startPath(emptyProgress(), 'growth', '2026-01-01'), 'growth', '2026-03-01');
		expect(s.paths.growth).toEqual({ started: '2026-01-01' });
	});
});

describe('stored data', () => {
	it('round-trips through JSON', () => {
		const s = sample();
		expect(parseStored(JSON.stringify(s))).toEqual(s);
	});

	it('gives an empty state for nothing, broken JSON or unknown shapes', () => {
		expect(parseStored(null)).toEqual(emptyProgress());
		expect(parseStored('')).toEqual(emptyProgress());
		expect(parseStored('{"v":1,')).toEqual(emptyProgress());
		expect(parseStored('"hello"')).toEqual(emptyProgress());
		expect(parseStored(JSON.stringify({ v: 99, lessons: { a: { done: '2026-01-01' } } }))).toEqual(emptyProgress());
	});

	it('reads what it cannot understand as read-only, never as empty progress to write over', () => {
		for (const text of ['{"v":1,', '"hello"', '[1,', JSON.stringify({ lessons: {} })]) {
			expect(readText(PROGRESS_KIND, text)).toMatchObject({ state: 'locked', reason: 'unreadable', raw: text });
		}
		const newer = JSON.stringify({ v: PROGRESS_VERSION + 1, lessons: { a: { done: '2026-01-01' } } });
		expect(readText(PROGRESS_KIND, newer)).toMatchObject({ state: 'locked', reason: 'newer', raw: newer });
		expect(readText(PROGRESS_KIND, null).state).toBe('empty');
		expect(readText(PROGRESS_KIND, JSON.stringify(sample()))).toEqual({ state: 'ok', value: sample(), from: PROGRESS_VERSION });
	});

	it('has a migration for every version before this one, each giving the next version', () => {
		for (let v = 0; v < PROGRESS_VERSION; v++) expect(typeof PROGRESS_KIND.migrations[v]).toBe('function');
		expect(PROGRESS_KIND.migrations[0]!(['daily-bookkeeping'])).toEqual({ v: 1, lessons: { 'daily-bookkeeping': { done: '1970-01-01' } }, paths: {} });
		expect(readText(PROGRESS_KIND, JSON.stringify(['daily-bookkeeping']))).toMatchObject({ state: 'ok', from: 0 });
	});

	it('never takes the name of an Object.prototype member as an id, and looks ids up as own properties', () => {
		const raw = JSON.parse('{"v":1,"lessons":{"constructor":{"done":"2026-01-01"},"__proto__":{"done":"2026-01-01"},"tostring":{"done":"2026-01-01"}},"paths":{"constructor":{"started":"2026-01-01"}}}');
		const state = migrate(raw)!;
		expect(Object.keys(state.lessons)).toEqual(['tostring']);
		expect(state.paths).toEqual({});
		const s = emptyProgress();
		for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
			expect(isDone(s, name)).toBe(false);
			expect(lessonOf(s, name)).toBeUndefined();
			expect(pathStarted(s, name)).toBeUndefined();
		}
		expect(pathStarted(startPath(s, 'constructor', '2026-01-01'), 'constructor')).toBe('2026-01-01');
	});

	it('migrates version 0 (a list of finished lesson ids), dropping ids that are not ids', () => {
		const state = migrate(['separate-business-money', 'daily-bookkeeping', 'Not An Id', 42, '../x']);
		expect(state).not.toBeNull();
		expect(state!.v).toBe(PROGRESS_VERSION);
		expect(Object.keys(state!.lessons).sort()).toEqual(['daily-bookkeeping', 'separate-business-money']);
		expect(isDone(state!, 'daily-bookkeeping')).toBe(true);
		expect(state!.paths).toEqual({});
		expect(parseStored(JSON.stringify(['cost-of-goods']))).toEqual(state && { ...emptyProgress(), lessons: { 'cost-of-goods': { done: '1970-01-01' } } });
	});

	it('refuses to migrate what it does not know', () => {
		expect(migrate(null)).toBeNull();
		expect(migrate('text')).toBeNull();
		expect(migrate({ lessons: {} })).toBeNull();
		expect(migrate({ v: 2, lessons: {} })).toBeNull();
		expect(migrate({ v: 0, lessons: {} })).toBeNull();
	});

	it('drops malformed entries instead of throwing', () => {
		const state = migrate({
			v: 1,
			lessons: {
				'good-one': { done: '2026-01-01', checks: [2, 0, 2, -1, 1.5, 99, 'x'], quiz: { correct: 2, total: 3, at: '2026-01-01' } },
				'BAD ID': { done: '2026-01-01' },
				'bad-date': { done: 'yesterday' },
				'bad-quiz': { quiz: { correct: 5, total: 3, at: '2026-01-01' } },
				'zero-quiz': { quiz: { correct: 0, total: 0, at: '2026-01-01' } },
				'not-object': 7,
			},
			paths: { growth: { started: '2026-01-01' }, 'Bad Path': { started: '2026-01-01' }, 'no-date': {} },
			extra: 'ignored',
		})!;
		expect(state.lessons).toEqual({ 'good-one': { done: '2026-01-01', checks: [0, 2], quiz: { correct: 2, total: 3, at: '2026-01-01' } } });
		expect(state.paths).toEqual({ growth: { started: '2026-01-01' } });
		expect(Object.keys(state)).toEqual(['v', 'lessons', 'paths']);
	});
});

describe('export and import', () => {
	it('round-trips through a short code', () => {
		const s = sample();
		const code = exportCode(s);
		expect(code).toMatch(/^NK1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
		expect(importProgress(code, RULES)).toEqual({ ok: true, state: s, extras: {} });
	});

	it('accepts a code with spaces and line breaks from a chat app', () => {
		const s = sample();
		const code = exportCode(s);
		const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20, 45)} ${code.slice(45)}\n`;
		expect(importProgress(wrapped, RULES)).toEqual({ ok: true, state: s, extras: {} });
	});

	it('round-trips through a file', () => {
		const s = sample();
		const file = exportFile(s, '2026-01-07');
		expect(JSON.parse(file)).toMatchObject({ app: 'naik-kelas', exportedAt: '2026-01-07' });
		expect(importProgress(file, RULES)).toEqual({ ok: true, state: s, extras: {} });
	});

	it('keeps codes short for real progress', () => {
		let s = emptyProgress();
		for (let i = 0; i < 54; i++) s = markDone(s, `lesson-number-${i}`, '2026-01-01');
		expect(exportCode(s).length).toBeLessThan(6000);
	});

	it('handles text outside Latin-1 in the data (and drops a quiz time that is not a date)', () => {
		const s = markDone(recordQuiz(emptyProgress(), 'x-lesson', 1, 2, '2026-01-01 ✓ é'), 'x-lesson', '2026-01-02');
		expect(importProgress(exportCode(s), RULES)).toEqual({ ok: true, state: { ...s, lessons: { 'x-lesson': { done: '2026-01-02' } } }, extras: {} });
	});

	it('imports an older (version 0) file by migrating it', () => {
		const old = JSON.stringify({ app: 'naik-kelas', exportedAt: '2025-01-01', progress: ['daily-bookkeeping'] });
		const r = importProgress(old, RULES);
		expect(r.ok && isDone(r.state, 'daily-bookkeeping')).toBe(true);
	});

	it('refuses empty input', () => {
		expect(fail('')).toBe('empty');
		expect(fail('   \n ')).toBe('empty');
	});

	it('refuses oversized input before parsing it', () => {
		const huge = JSON.stringify({ app: 'naik-kelas', progress: { v: 1, lessons: {}, paths: {}, pad: 'x'.repeat(MAX_IMPORT_CHARS) } });
		expect(fail(huge)).toBe('too-large');
		expect(fail(`NK1.${'A'.repeat(MAX_IMPORT_CHARS)}.0000000`)).toBe('too-large');
	});

	it('refuses data from another app or plain text', () => {
		expect(fail('hello, this is not a code')).toBe('not-naik-kelas');
		expect(fail(JSON.stringify({ app: 'other-app', progress: sample() }))).toBe('not-naik-kelas');
		expect(fail(JSON.stringify(sample()))).toBe('not-naik-kelas');
		expect(fail('[1,2,3]')).toBe('not-naik-kelas');
	});

	it('refuses a code with a typo (checksum)', () => {
		const code = exportCode(sample());
		const i = 10;
		const typo = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
		expect(fail(typo)).toBe('corrupt');
		expect(fail(code.slice(0, -3))).toBe('corrupt');
		expect(fail(code.slice(0, 30))).toBe('corrupt');
		expect(fail('NK1.')).toBe('corrupt');
	});

	it('refuses a code whose checksum matches but whose data is not progress', () => {
		// Same checksum as the exporter (FNV-1a, base 36), so these reach the decoding step.
		const sum = (text: string) => {
			let h = 2166136261;
			for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
			return h.toString(36).padStart(7, '0').slice(-7);
		};
		const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		const code = (text: string) => `NK1.${b64(text)}.${sum(b64(text))}`;
		expect(importProgress(code(JSON.stringify(sample())), RULES)).toEqual({ ok: true, state: sample(), extras: {} });
		expect(fail(code('not json at all'))).toBe('corrupt');
		expect(fail(code('"a string"'))).toBe('corrupt');
		expect(fail(code('{"lessons":{}}'))).toBe('corrupt');
		expect(fail(code('\xff\xfe'))).toBe('corrupt');
	});

	it('refuses broken JSON files', () => {
		expect(fail('{"app":"naik-kelas","progress":')).toBe('corrupt');
		expect(fail('{"app":"naik-kelas"}')).toBe('corrupt');
		expect(fail('{"app":"naik-kelas","progress":"text"}')).toBe('corrupt');
		expect(fail('{"app":"naik-kelas","progress":{"lessons":{}}}')).toBe('corrupt');
	});

	it('refuses data from a newer release', () => {
		const newer = JSON.stringify({ app: 'naik-kelas', progress: { v: PROGRESS_VERSION + 1, lessons: {}, paths: {} } });
		expect(fail(newer)).toBe('newer-version');
		const code = exportCode({ ...sample(), v: (PROGRESS_VERSION + 1) as typeof PROGRESS_VERSION });
		expect(fail(code)).toBe('newer-version');
	});

	it('refuses an older version it cannot migrate', () => {
		const older = JSON.stringify({ app: 'naik-kelas', progress: { v: 0, lessons: { a: {} } } });
		expect(fail(older)).toBe('older-version');
	});

	it('never throws, whatever it is given', () => {
		const inputs = ['NK1..', 'NK1.%%%.abc', 'NK1.////.0000000', '{', '{"app":"naik-kelas","progress":null}', 'null', '\u0000\u0001', 'NK1.' + '🙂'.repeat(10) + '.x'];
		for (const input of inputs) expect(() => importProgress(input, RULES)).not.toThrow();
		for (const input of inputs) expect(importProgress(input, RULES).ok).toBe(false);
	});
});

describe('imports keep only what can be true', () => {
	it('drops unknown lessons and paths', () => {
		const file = JSON.stringify({ app: 'naik-kelas', progress: { v: 1, lessons: { 'daily-bookkeeping': { done: '2026-01-01' }, 'made-up-lesson': { done: '2026-01-01' } }, paths: { growth: { started: '2026-01-01' }, 'made-up-path': { started: '2026-01-01' } } } });
		expect(importProgress(file, RULES)).toEqual({ ok: true, state: { v: 1, lessons: { 'daily-bookkeeping': { done: '2026-01-01' } }, paths: { growth: { started: '2026-01-01' } } }, extras: {} });
	});

	it('drops impossible and future dates, keeps real ones', () => {
		const lessons = {
			'daily-bookkeeping': { done: '2026-02-30' },
			'cost-of-goods': { done: '2099-01-01' },
			'x-lesson': { done: '2026-13-01', quiz: { correct: 1, total: 2, at: '2030-01-01T00:00:00Z' } },
			'growth-lesson': { done: '2024-02-29', quiz: { correct: 1, total: 2, at: '2026-05-31T23:00:00.000Z' } },
		};
		const r = importProgress(JSON.stringify({ app: 'naik-kelas', progress: { v: 1, lessons, paths: { growth: { started: '2026-06-09' } } } }), RULES);
		expect(r).toEqual({ ok: true, state: { v: 1, lessons: { 'growth-lesson': { done: '2024-02-29', quiz: { correct: 1, total: 2, at: '2026-05-31T23:00:00.000Z' } } }, paths: {} }, extras: {} });
		expect(isRealDate('2026-02-28')).toBe(true);
		expect(isRealDate('2025-02-29')).toBe(false);
		expect(isRealDate('2026-06-02', '2026-06-01')).toBe(true);
		expect(isRealDate('2026-06-03', '2026-06-01')).toBe(false);
		expect(isRealDate('1969-12-31')).toBe(false);
		expect(isRealDate('2026-01-01T25:00:00Z')).toBe(false);
	});

	it('drops prototype-named ids from an import', () => {
		const file = '{"app":"naik-kelas","progress":{"v":1,"lessons":{"__proto__":{"done":"2026-01-01"},"constructor":{"done":"2026-01-01"},"daily-bookkeeping":{"done":"2026-01-01"}},"paths":{}}}';
		const rules = { ...RULES, lessons: new Set([...RULES.lessons, 'constructor']) };
		const r = importProgress(file, rules);
		expect(r.ok && Object.keys(r.state.lessons)).toEqual(['daily-bookkeeping']);
		expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
	});

	it('refuses more entries than there could be lessons', () => {
		const lessons = Object.fromEntries(Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, (_, i) => [`l-${i}`, { done: '2026-01-01' }]));
		expect(fail(JSON.stringify({ app: 'naik-kelas', progress: { v: 1, lessons, paths: {} } }))).toBe('too-large');
		expect(fail(JSON.stringify({ app: 'naik-kelas', progress: Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, (_, i) => `l-${i}`) }))).toBe('too-large');
	});

	it('exports a value it cannot read as a file the newer release imports', () => {
		const newer = JSON.stringify({ v: PROGRESS_VERSION + 1, lessons: { 'daily-bookkeeping': { done: '2026-01-01', notes: 'x' } } });
		const file = JSON.parse(exportStoredText(newer, '2026-06-01')) as { app: string; progress: unknown };
		expect(file).toEqual({ app: 'naik-kelas', exportedAt: '2026-06-01', progress: JSON.parse(newer) });
		expect(fail(JSON.stringify(file))).toBe('newer-version');
		expect(JSON.parse(exportStoredText('{"v":1,', '2026-06-01'))).toEqual({ app: 'naik-kelas', exportedAt: '2026-06-01', unreadable: '{"v":1,' });
	});
});

describe('merging imported progress', () => {
	it('never loses anything from either side', () => {
		const device = sample();
		let imported = emptyProgress();
		imported = markDone(imported, 'daily-bookkeeping', '2026-01-10');
		imported = setCheck(imported, 'separate-business-money', 1, true);
		imported = startPath(imported, 'first-sale-whatsapp', '2026-01-09');
		const merged = mergeProgress(device, imported);
		expect(isDone(merged, 'separate-business-money')).toBe(true);
		expect(isDone(merged, 'daily-bookkeeping')).toBe(true);
		expect(merged.lessons['separate-business-money']!.checks).toEqual([0, 1, 2]);
		expect(merged.lessons['daily-bookkeeping']!.checks).toEqual([1]);
		expect(merged.lessons['cost-of-goods']!.quiz).toEqual(device.lessons['cost-of-goods']!.quiz);
		expect(Object.keys(merged.paths).sort()).toEqual(['finance-basics', 'first-sale-whatsapp']);
	});

	it('keeps the earliest done date and path start, and the latest quiz', () => {
		let a = markDone(emptyProgress(), 'x-lesson', '2026-03-01');
		a = recordQuiz(a, 'x-lesson', 1, 4, '2026-03-01T00:00:00Z');
		a = startPath(a, 'growth', '2026-03-01');
		let b = markDone(emptyProgress(), 'x-lesson', '2026-02-01');
		b = recordQuiz(b, 'x-lesson', 4, 4, '2026-04-01T00:00:00Z');
		b = startPath(b, 'growth', '2026-01-15');
		for (const merged of [mergeProgress(a, b), mergeProgress(b, a)]) {
			expect(merged.lessons['x-lesson']!.done).toBe('2026-02-01');
			expect(merged.lessons['x-lesson']!.quiz!.correct).toBe(4);
			expect(merged.paths.growth!.started).toBe('2026-01-15');
		}
	});

	it('is a no-op when importing the same or empty progress', () => {
		const s = sample();
		expect(mergeProgress(s, s)).toEqual(s);
		expect(mergeProgress(s, emptyProgress())).toEqual(s);
		expect(mergeProgress(emptyProgress(), s)).toEqual(s);
	});

	it('does not change either input', () => {
		const a = sample();
		const b = markDone(emptyProgress(), 'growth-lesson', '2026-01-01');
		const before = JSON.stringify([a, b]);
		mergeProgress(a, b);
		expect(JSON.stringify([a, b])).toBe(before);
	});

	it('survives export → import → merge on a new phone', () => {
		const oldPhone = sample();
		const newPhone = markDone(emptyProgress(), 'whatsapp-selling-basics', '2026-02-02');
		const r = importProgress(exportCode(oldPhone), RULES);
		expect(r.ok).toBe(true);
		const merged = mergeProgress(newPhone, (r as { state: ProgressState }).state);
		for (const id of Object.keys(oldPhone.lessons)) expect(merged.lessons[id]).toEqual(oldPhone.lessons[id]);
		expect(isDone(merged, 'whatsapp-selling-basics')).toBe(true);
	});
});

describe('other device data in the backup (extras)', () => {
	const s = () => markDone(emptyProgress(), 'x-lesson', '2026-01-02');
	const review = { v: 1, off: true, cards: { 'x-lesson.0': { box: 2, due: '2026-01-09' } } };
	it('ride along in the code and the file under their own field, and come back unchecked for their feature', () => {
		expect(importProgress(exportCode(s(), { review }), RULES)).toEqual({ ok: true, state: s(), extras: { review } });
		const file = exportFile(s(), '2026-01-02T00:00:00Z', { review });
		expect(JSON.parse(file).review).toEqual(review);
		expect(importProgress(file, RULES)).toEqual({ ok: true, state: s(), extras: { review } });
	});
	it('never replace progress fields or the file wrapper', () => {
		const code = exportCode(s(), { lessons: {}, v: 9, app: 'x', 'Bad Key': 1 });
		expect(importProgress(code, RULES)).toEqual({ ok: true, state: s(), extras: {} });
	});
});
