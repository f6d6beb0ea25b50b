import { describe, expect, it } from 'vitest';
import { backupKey, deviceStore, readText, upgrade, type DeviceKind } from './device-store.ts';

/** localStorage as a browser gives it, with a quota and a switch to block it. */
class FakeStorage implements Storage {
	data = new Map<string, string>();
	quota = Infinity;
	blocked = false;
	writes = 0;
	get length() {
		return this.data.size;
	}
	key = (i: number) => [...this.data.keys()][i] ?? null;
	getItem(k: string) {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		const used = [...this.data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
		if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.writes++;
		this.data.set(k, String(v));
	}
	removeItem(k: string) {
		this.data.delete(k);
	}
	clear() {
		this.data.clear();
	}
}

/**
 * Two releases of one kind of data, as a business book might grow:
 * release A writes version 1 `{ v: 1, sales: number[] }`,
 * release B writes version 2 `{ v: 2, sales: { amount }[] }` and migrates version 1.
 */
type BookA = { v: 1; sales: number[] };
type BookB = { v: 2; sales: { amount: number }[] };
const isAmount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const releaseA: DeviceKind<BookA> = {
	key: 'naik-kelas:book',
	version: 1,
	versionOf: (raw) => ((raw as { v?: unknown } | null)?.v as number | undefined) ?? undefined,
	migrations: {},
	validate: (raw) => (Array.isArray((raw as BookA).sales) ? { v: 1, sales: (raw as BookA).sales.filter(isAmount) } : null),
	empty: () => ({ v: 1, sales: [] }),
};
const releaseB: DeviceKind<BookB> = {
	...(releaseA as unknown as DeviceKind<BookB>),
	version: 2,
	migrations: { 1: (raw) => ({ v: 2, sales: (raw as BookA).sales.map((amount) => ({ amount })) }) },
	validate: (raw) => (Array.isArray((raw as BookB).sales) ? { v: 2, sales: (raw as BookB).sales.filter((s) => isAmount(s?.amount)) } : null),
	empty: () => ({ v: 2, sales: [] }),
};
const mergeA = (a: BookA, b: BookA): BookA => ({ v: 1, sales: [...a.sales, ...b.sales] });
const mergeB = (a: BookB, b: BookB): BookB => ({ v: 2, sales: [...a.sales, ...b.sales] });

function phone() {
	const storage = new FakeStorage();
	return { storage, a: deviceStore(releaseA, () => storage), b: deviceStore(releaseB, () => storage) };
}

describe('reading stored text', () => {
	it('gives empty for nothing, ok for its own version, locked for what it cannot read', () => {
		expect(readText(releaseA, null)).toEqual({ state: 'empty', value: { v: 1, sales: [] } });
		expect(readText(releaseA, '{"v":1,"sales":[5]}')).toEqual({ state: 'ok', value: { v: 1, sales: [5] }, from: 1 });
		expect(readText(releaseA, '{"v":2,"sales":[]}')).toMatchObject({ state: 'locked', reason: 'newer', value: { v: 1, sales: [] } });
		expect(readText(releaseA, '{"v":1,"sal')).toMatchObject({ state: 'locked', reason: 'unreadable', raw: '{"v":1,"sal' });
		expect(readText(releaseA, '{"v":1}')).toMatchObject({ state: 'locked', reason: 'unreadable' });
		expect(readText(releaseA, '{"sales":[]}')).toMatchObject({ state: 'locked', reason: 'unreadable' });
	});

	it('migrates forwards one step at a time and refuses a version with no path', () => {
		expect(upgrade(releaseB, { v: 1, sales: [5, 7] })).toEqual({ v: 2, sales: [{ amount: 5 }, { amount: 7 }] });
		expect(upgrade({ ...releaseB, migrations: {} }, { v: 1, sales: [5] })).toBeNull();
		// A step that throws or skips a version is no path.
		expect(upgrade({ ...releaseB, migrations: { 1: () => { throw new Error('x'); } } }, { v: 1, sales: [] })).toBeNull();
		expect(upgrade({ ...releaseB, migrations: { 1: () => ({ v: 3, sales: [] }) } }, { v: 1, sales: [] })).toBeNull();
		// `migrations` is looked up as own properties only.
		expect(upgrade({ ...releaseB, versionOf: () => 0, version: 1 }, {})).toBeNull();
	});
});

describe('two releases on one phone', () => {
	it('forwards: release B migrates A’s data and keeps A’s text as the backup, once', () => {
		const { storage, a, b } = phone();
		expect(a.write({ v: 1, sales: [5000, 12000] })).toBeNull();
		const aText = storage.getItem('naik-kelas:book');
		expect(b.read()).toEqual({ state: 'ok', value: { v: 2, sales: [{ amount: 5000 }, { amount: 12000 }] }, from: 1 });
		// Reading changes nothing; the first write keeps the old version aside.
		expect(storage.writes).toBe(1);
		expect(b.write({ v: 2, sales: [{ amount: 5000 }, { amount: 12000 }, { amount: 3000 }] })).toBeNull();
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe(aText);
		expect(b.write({ v: 2, sales: [] })).toBeNull();
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe(aText);
	});

	it('backwards: release A opens B’s data read-only, writes nothing, and can give it back whole', () => {
		const { storage, a, b } = phone();
		b.write({ v: 2, sales: [{ amount: 9000 }] });
		const bText = storage.getItem('naik-kelas:book')!;
		const read = a.read();
		expect(read).toMatchObject({ state: 'locked', reason: 'newer', raw: bText, value: { v: 1, sales: [] } });
		// The page goes on working from memory; nothing is written over.
		expect(a.write({ v: 1, sales: [100] })).toBe('locked');
		expect(a.read()).toMatchObject({ state: 'locked', value: { v: 1, sales: [100] } });
		expect(storage.getItem('naik-kelas:book')).toBe(bText);
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBeNull();
		expect(a.rawText()).toBe(bText);
		// Back on release B, everything is there.
		expect(b.read()).toEqual({ state: 'ok', value: { v: 2, sales: [{ amount: 9000 }] }, from: 2 });
	});

	it('B → A → B: A offers the backup B kept, restoring swaps, B finds its data again', () => {
		const { storage, a, b } = phone();
		a.write({ v: 1, sales: [1] });
		b.write({ v: 2, sales: [{ amount: 1 }, { amount: 2 }] });
		// Back on A (offline pages of the old release): B's value is locked, A's own backup is readable.
		expect(a.read().state).toBe('locked');
		expect(a.backup()).toEqual({ state: 'ok', value: { v: 1, sales: [1] }, from: 1 });
		const bText = storage.getItem('naik-kelas:book');
		expect(a.restoreBackup(mergeA)).toBeNull();
		expect(a.read()).toEqual({ state: 'ok', value: { v: 1, sales: [1] }, from: 1 });
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe(bText);
		// A keeps working; its writes never touch the backup that now holds B's data.
		a.write({ v: 1, sales: [1, 4] });
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe(bText);
		// On B again: A's value migrates; B's own newer data waits in the backup, restorable by merging.
		expect(b.read()).toMatchObject({ state: 'ok', from: 1 });
		expect(b.restoreBackup(mergeB)).toBeNull();
		expect(b.read().value.sales.map((s) => s.amount)).toEqual([1, 4, 1, 2]);
	});

	it('never overwrites a backup: setting aside needs an empty slot', () => {
		const { storage, a } = phone();
		storage.setItem('naik-kelas:book', 'garbage');
		storage.setItem(backupKey('naik-kelas:book'), 'older garbage');
		expect(a.read()).toMatchObject({ state: 'locked', reason: 'unreadable' });
		expect(a.backup()).toMatchObject({ state: 'locked' });
		expect(a.restoreBackup(mergeA)).toBe('no-backup');
		expect(a.setAside()).toBe('backup-taken');
		expect(storage.getItem('naik-kelas:book')).toBe('garbage');
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe('older garbage');
		storage.removeItem(backupKey('naik-kelas:book'));
		a.write({ v: 1, sales: [3] });
		expect(a.setAside()).toBeNull();
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe('garbage');
		// What the visit did while locked is written once the key is free.
		expect(a.read()).toEqual({ state: 'ok', value: { v: 1, sales: [3] }, from: 1 });
	});
});

describe('a copy an earlier release kept under another key', () => {
	it('is offered as the backup while the backup slot is empty, and never written', () => {
		const storage = new FakeStorage();
		const kind = { ...releaseA, oldBackupKeys: ['naik-kelas:book:unreadable'] };
		const a = deviceStore(kind, () => storage);
		storage.setItem('naik-kelas:book', '{"v":9}');
		storage.setItem('naik-kelas:book:unreadable', '{"v":1,"sales":[7]}');
		expect(a.backup()).toEqual({ state: 'ok', value: { v: 1, sales: [7] }, from: 1 });
		expect(a.setAside()).toBe('backup-taken');
		expect(a.restoreBackup(mergeA)).toBeNull();
		expect(a.read()).toEqual({ state: 'ok', value: { v: 1, sales: [7] }, from: 1 });
		expect(storage.getItem(backupKey('naik-kelas:book'))).toBe('{"v":9}');
		expect(storage.getItem('naik-kelas:book:unreadable')).toBe('{"v":1,"sales":[7]}');
	});
});

describe('when storage fails', () => {
	it('full: says so, keeps what is stored and the visit’s value', () => {
		const { storage, a } = phone();
		a.write({ v: 1, sales: [1] });
		storage.quota = 60;
		expect(a.probe()).toBeNull();
		expect(a.write({ v: 1, sales: [1, 22222222222, 33333333333, 44444444444] })).toBe('full');
		expect(storage.getItem('naik-kelas:book')).toBe('{"v":1,"sales":[1]}');
		expect(a.read().value.sales).toHaveLength(4);
		storage.quota = Infinity;
		expect(a.write({ v: 1, sales: [1, 2] })).toBeNull();
		expect(a.read()).toEqual({ state: 'ok', value: { v: 1, sales: [1, 2] }, from: 1 });
	});

	it('blocked or missing: reads empty, writes report it, nothing throws', () => {
		const { storage, a } = phone();
		storage.blocked = true;
		expect(a.read().state).toBe('empty');
		expect(a.write({ v: 1, sales: [1] })).toBe('blocked');
		expect(a.probe()).toBe('blocked');
		const none = deviceStore(releaseA, () => null);
		expect(none.read().state).toBe('empty');
		expect(none.write({ v: 1, sales: [] })).toBe('blocked');
		expect(none.backup()).toBeNull();
	});

	it('a failed swap leaves both values where they were', () => {
		const { storage, a, b } = phone();
		a.write({ v: 1, sales: [1] });
		b.write({ v: 2, sales: [{ amount: 1 }] });
		const before = new Map(storage.data);
		storage.quota = 10;
		expect(a.restoreBackup(mergeA)).toBe('full');
		expect(storage.data).toEqual(before);
	});
});
