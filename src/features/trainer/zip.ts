/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3, no ZIP64): enough for a workshop
 * kit of a few dozen files that every phone, Windows Explorer and macOS
 * Finder can open. Files are deflated with Node's zlib, or stored when that
 * does not make them smaller. The same input always gives the same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
	/** Path inside the archive with `/` separators, e.g. `slide/hitung-hpp.html`. */
	name: string;
	data: Buffer | string;
}

/**
 * A file already compressed (deflated, or stored when that is not smaller): packed once, it can go into as many
 * archives as hold it, and be read back out of one of them (packedEntryOf) instead of being kept in memory.
 */
export interface PackedEntry {
	name: string;
	/** CRC-32 and size of the file itself. */
	crc: number;
	size: number;
	/** 0 stored, 8 deflated. */
	method: 0 | 8;
	/** The bytes as they are in the archive. */
	body: Buffer;
}

/** Compress one file for an archive (what createZip does to each entry). */
export function packEntry(entry: ZipEntry): PackedEntry {
	const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
	const deflated = deflateRawSync(raw, { level: 9 });
	const store = deflated.length >= raw.length;
	return { name: entry.name, crc: crc32(raw), size: raw.length, method: store ? 0 : 8, body: store ? raw : deflated };
}

/** The entry `name` of an archive this writer made, still compressed, from its central directory; undefined when absent. */
export function packedEntryOf(zip: Buffer, name: string): PackedEntry | undefined {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('zip: not an archive (no end of central directory)');
	let p = zip.readUInt32LE(end + 16);
	for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
		if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory');
		const nameLength = zip.readUInt16LE(p + 28);
		const next = p + 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
		if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) {
			const local = zip.readUInt32LE(p + 42);
			const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
			const method = zip.readUInt16LE(p + 10);
			if (method !== 0 && method !== 8) throw new Error(`zip: ${name} uses compression method ${method}`);
			return { name, crc: zip.readUInt32LE(p + 16), size: zip.readUInt32LE(p + 24), method, body: Buffer.from(zip.subarray(start, start + zip.readUInt32LE(p + 20))) };
		}
		p = next;
	}
	return undefined;
}

/** MS-DOS date and time fields (2-second precision, local time without zone). */
export function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.max(1980, date.getUTCFullYear());
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
		date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
	};
}

/** Build a ZIP archive. `modified` is stamped on every entry (defaults to a fixed date for reproducible builds). */
export function createZip(entries: (ZipEntry | PackedEntry)[], modified = new Date(Date.UTC(2026, 0, 1))): Buffer {
	const { time, date } = dosDateTime(modified);
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	const seen = new Set<string>();
	let offset = 0;
	for (const entry of entries) {
		const name = entry.name.replace(/^\/+/, '');
		if (!name || name.includes('\\') || name.split('/').includes('..')) throw new Error(`zip: unsafe entry name "${entry.name}"`);
		if (seen.has(name)) throw new Error(`zip: duplicate entry "${name}"`);
		seen.add(name);
		const { crc, size, method, body } = 'body' in entry ? entry : packEntry(entry);
		const nameBytes = Buffer.from(name, 'utf8');
		// General purpose flag bit 11: names are UTF-8.
		const flags = 0x0800;

		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
		local.writeUInt16LE(flags, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(date, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		local.writeUInt16LE(0, 28);
		locals.push(local, nameBytes, body);

		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(flags, 8);
		central.writeUInt16LE(method, 10);
		central.writeUInt16LE(time, 12);
		central.writeUInt16LE(date, 14);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
		central.writeUInt32LE(offset, 42);
		centrals.push(central, nameBytes);

		offset += local.length + nameBytes.length + body.length;
		if (offset > 0xffffffff) throw new Error('zip: archive larger than 4 GB needs ZIP64, which this writer does not do');
	}
	const centralSize = centrals.reduce((n, b) => n + b.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(seen.size, 8);
	end.writeUInt16LE(seen.size, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, ...centrals, end]);
}
