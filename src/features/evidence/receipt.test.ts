import { readFileSync, readdirSync } from 'node:fs';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STAGES } from '../../core/schemas/vocabulary.ts';
import { MAX_CODE_CHARS, decodeReceipt, encodeReceipt, fromBase32, idHash, toBase32, type LessonResult, type Receipt } from './receipt.ts';

const register = parse(readFileSync('content/lesson-register.yaml', 'utf8')) as { published: Record<string, string>; retired: Record<string, unknown> };
const LESSONS = Object.keys(register.published);
const WORKSHOPS = readdirSync('content/workshops').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const ctx = { lessons: LESSONS, workshops: WORKSHOPS, today: '2026-12-01' };

/** A learner who finished `n` lessons, 4 questions each, the first try wrong on every third question. */
function learner(n: number): Omit<Receipt, 'format'> {
	const lessons: LessonResult[] = LESSONS.slice(0, n).map((lesson, i) => ({
		lesson,
		finished: true,
		firstTry: Object.fromEntries([0, 1, 2, 3].map((q) => [String(q), (i + q) % 3 !== 0])),
	}));
	return { made: '2026-12-01', name: 'Bu Sari Wulandari', program: 'umkm-naik-kelas-2026', lessons, doNow: [] };
}

describe('learning receipt', () => {
	it('keeps every lesson and workshop id apart (24-bit hashes, ids ever published)', () => {
		const ids = [...LESSONS, ...Object.keys(register.retired ?? {})];
		expect(new Set(ids.map(idHash)).size).toBe(ids.length);
		expect(new Set(WORKSHOPS.map(idHash)).size).toBe(WORKSHOPS.length);
	});

	it('base32 round-trips any bytes and reads Crockford look-alikes', () => {
		const bytes = Uint8Array.from({ length: 37 }, (_, i) => (i * 97) & 0xff);
		expect(fromBase32(toBase32(bytes))).toEqual(bytes);
		expect(fromBase32('0O1IL'.toLowerCase())).toEqual(fromBase32('00111'));
		expect(fromBase32('AB*')).toBeNull();
	});

	it('round-trips lessons, first tries, name, program, do-now and pre/post', () => {
		const input: Omit<Receipt, 'format'> = {
			...learner(3),
			doNow: [{ lesson: LESSONS[0]!, key: 'hpp', text: 'HPP keripik Rp12.500 per bungkus' }],
			pre: { workshop: WORKSHOPS[0]!, lessons: [{ lesson: LESSONS[1]!, finished: false, firstTry: { 0: false, 2: true } }] },
			post: { workshop: WORKSHOPS[0]!, lessons: [{ lesson: LESSONS[1]!, finished: false, firstTry: { 0: true, 2: true } }] },
		};
		const code = encodeReceipt(input);
		expect(code).toMatch(/^NK1:[0-9A-Z]+$/);
		const out = decodeReceipt(code, ctx);
		expect(out).toEqual({ ok: true, unknown: 0, receipt: { format: 1, ...input } });
	});

	it('finds the code inside a pasted WhatsApp message, broken over lines, in lower case', () => {
		const code = encodeReceipt(learner(2));
		const message = `Catatan belajar saya\n5 pelajaran selesai\nKode: ${code.slice(0, 20)}\n${code.slice(20).toLowerCase()}\nTerima kasih`;
		const out = decodeReceipt(message, ctx);
		expect(out.ok && out.receipt.lessons.length).toBe(2);
	});

	it('refuses foreign, newer, tampered, cut, malformed and oversized codes with one clear reason', () => {
		const code = encodeReceipt(learner(5));
		const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
		expect(decodeReceipt('', ctx)).toEqual({ ok: false, problem: 'empty' });
		expect(decodeReceipt('https://example.com/?q=hello', ctx)).toEqual({ ok: false, problem: 'foreign' });
		expect(decodeReceipt(code.replace('NK1:', 'NK2:'), ctx)).toEqual({ ok: false, problem: 'newer' });
		expect(decodeReceipt(flip(code, 30), ctx)).toEqual({ ok: false, problem: 'tampered' });
		expect(decodeReceipt(code.slice(0, -5), ctx).ok).toBe(false);
		expect(decodeReceipt('NK1:AB', ctx)).toEqual({ ok: false, problem: 'malformed' });
		expect(decodeReceipt(`NK1:${'A'.repeat(MAX_CODE_CHARS + 8)}`, ctx)).toEqual({ ok: false, problem: 'oversized' });
	});

	it('refuses a well-checksummed code with a broken inside (a section running past the end)', () => {
		// version 1, day 0, section 3 claiming 200 bytes, then a valid CRC over that
		const body = Uint8Array.from([1, 0, 0, 3, 200, 1]);
		let c = 0xffffffff;
		for (const b of body) {
			c ^= b;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		const crc = (c ^ 0xffffffff) >>> 0;
		const all = Uint8Array.from([...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]);
		expect(decodeReceipt(`NK1:${toBase32(all)}`, ctx)).toEqual({ ok: false, problem: 'malformed' });
	});

	it('leaves out lessons this release does not know, and counts them', () => {
		const code = encodeReceipt({ ...learner(2), lessons: [...learner(2).lessons, { lesson: 'a-lesson-from-next-year', finished: true, firstTry: {} }] });
		const out = decodeReceipt(code, ctx);
		expect(out.ok && out.unknown).toBe(1);
		expect(out.ok && out.receipt.lessons.length).toBe(2);
	});

	it('reads a receipt with a lookup instead of the whole list: first to collect the lessons it names, then to match them', () => {
		const code = encodeReceipt({ ...learner(3), doNow: [{ lesson: LESSONS[5]!, key: 'hpp', text: 'Rp15.000' }] });
		const named = new Set<number>();
		const first = decodeReceipt(code, { ...ctx, lessons: (hash) => void named.add(hash) });
		expect(first.ok && first.unknown).toBe(4);
		expect([...named].sort()).toEqual([...LESSONS.slice(0, 3), LESSONS[5]!].map(idHash).sort());
		const known = new Map([...LESSONS.slice(0, 3), LESSONS[5]!].map((id) => [idHash(id), id]));
		const out = decodeReceipt(code, { ...ctx, lessons: (hash) => known.get(hash) });
		expect(out).toEqual(decodeReceipt(code, ctx));
	});

	it('refuses a receipt dated in the future', () => {
		const out = decodeReceipt(encodeReceipt({ ...learner(1), made: '2027-03-01' }), ctx);
		expect(out).toEqual({ ok: false, problem: 'malformed' });
	});

	it('fits one QR code at error correction M for 5, 20 and 78 lessons (sizes in the report)', () => {
		const sizes = [5, 20, LESSONS.length].map((n) => {
			const code = encodeReceipt(learner(n));
			const { version } = encode(code, { ecc: 'M' });
			return { lessons: n, chars: code.length, bytes: Math.ceil(((code.length - 4) * 5) / 8), version };
		});
		console.log(JSON.stringify(sizes));
		for (const s of sizes) expect(s.version).toBeLessThanOrEqual(25);
		expect(sizes.at(-1)!.chars).toBeLessThan(MAX_CODE_CHARS);
	});
});

/** A receipt's bytes with a valid CRC (to test what only a well-checksummed code can reach). */
function withCrc(body: number[]): string {
	let c = 0xffffffff;
	for (const b of body) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	const crc = (c ^ 0xffffffff) >>> 0;
	return `NK1:${toBase32(Uint8Array.from([...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]))}`;
}

describe('placement then/now in a receipt (section 7)', () => {
	const placement = { first: { stage: 'consistency' as const, at: '2026-09-15' }, latest: { stage: 'social-commerce' as const, at: '2026-11-30' } };

	it('writes the stages in the order the site has them (the format\'s list only grows at the end)', () => {
		const out = decodeReceipt(encodeReceipt({ ...learner(0), placement: { first: { stage: STAGES[0], at: '2026-01-01' }, latest: { stage: STAGES[STAGES.length - 1]!, at: '2026-01-02' } } }), ctx);
		expect(out.ok && out.receipt.placement?.latest.stage).toBe(STAGES[STAGES.length - 1]);
		for (const stage of STAGES) {
			const r = decodeReceipt(encodeReceipt({ ...learner(0), placement: { first: { stage, at: '2026-01-01' }, latest: { stage, at: '2026-01-01' } } }), ctx);
			expect(r.ok && r.receipt.placement?.first.stage).toBe(stage);
		}
	});

	it('round-trips with every other section, and costs 8 bytes (13 characters at most) only when present', () => {
		const plain = learner(5);
		const code = encodeReceipt({ ...plain, placement });
		expect(decodeReceipt(code, ctx)).toEqual({ ok: true, unknown: 0, receipt: { format: 1, ...plain, placement } });
		const without = encodeReceipt(plain);
		expect(decodeReceipt(without, ctx)).toEqual({ ok: true, unknown: 0, receipt: { format: 1, ...plain } });
		expect(code.length - without.length).toBeGreaterThanOrEqual(12);
		expect(code.length - without.length).toBeLessThanOrEqual(13);
	});

	it('is left out when it cannot be true (a later first result, an unknown stage)', () => {
		const bad = encodeReceipt({ ...learner(1), placement: { first: placement.latest, latest: placement.first } });
		expect(bad).toBe(encodeReceipt(learner(1)));
		expect(encodeReceipt({ ...learner(1), placement: { ...placement, first: { stage: 'moon' as never, at: '2026-09-15' } } })).toBe(encodeReceipt(learner(1)));
	});

	it('refuses a checksummed section with a stage out of range, a wrong length, a result after the receipt or then after now', () => {
		const made = [1, 0x03, 0x5a]; // day 858 = 2026-05-08
		expect(decodeReceipt(withCrc([...made, 7, 6, 1, 0x03, 0x00, 3, 0x03, 0x50]), ctx)).toMatchObject({ ok: true, receipt: { placement: { first: { stage: 'consistency' }, latest: { stage: 'social-commerce' } } } });
		expect(decodeReceipt(withCrc([...made, 7, 6, 0, 0x03, 0x00, 3, 0x03, 0x50]), ctx)).toEqual({ ok: false, problem: 'malformed' });
		expect(decodeReceipt(withCrc([...made, 7, 6, 1, 0x03, 0x00, 7, 0x03, 0x50]), ctx)).toEqual({ ok: false, problem: 'malformed' });
		expect(decodeReceipt(withCrc([...made, 7, 5, 1, 0x03, 0x00, 3, 0x03]), ctx)).toEqual({ ok: false, problem: 'malformed' });
		expect(decodeReceipt(withCrc([...made, 7, 6, 1, 0x03, 0x00, 3, 0x03, 0x5b]), ctx)).toEqual({ ok: false, problem: 'malformed' });
		expect(decodeReceipt(withCrc([...made, 7, 6, 1, 0x03, 0x50, 3, 0x03, 0x00]), ctx)).toEqual({ ok: false, problem: 'malformed' });
		expect(decodeReceipt(withCrc([...made, 7, 6, 1, 0x03, 0x00, 3, 0x03, 0x50, 7, 6, 1, 0x03, 0x00, 3, 0x03, 0x50]), ctx)).toEqual({ ok: false, problem: 'malformed' });
	});
});

describe('receipt JSON Schema', () => {
	it('accepts every decoded receipt and publishes as JSON Schema', async () => {
		const { receiptSchema } = await import('./receipt-schema.ts');
		const { z } = await import('astro/zod');
		const out = decodeReceipt(encodeReceipt({ ...learner(4), doNow: [{ lesson: LESSONS[0]!, key: 'hpp', text: 'Rp12.500' }], placement: { first: { stage: 'consistency', at: '2026-09-01' }, latest: { stage: 'growth', at: '2026-11-01' } } }), ctx);
		expect(out.ok).toBe(true);
		if (out.ok) expect(receiptSchema.safeParse(out.receipt).success).toBe(true);
		expect(receiptSchema.safeParse({ format: 2, made: '2026-12-01', lessons: [], doNow: [] }).success).toBe(false);
		const json = z.toJSONSchema(receiptSchema, { io: 'input', unrepresentable: 'any' }) as { type: string };
		expect(json.type).toBe('object');
	});
});
