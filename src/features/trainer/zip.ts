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

/** MS-DOS date and time fields (2-second precision, local time without zone). */
export function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.max(1980, date.getUTCFullYear());
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
		date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
	};
}

/** Build a ZIP archive. `modified` is stamped on every entry (defaults to a fixed date for reproducible builds). */
export function createZip(entries: ZipEntry[], modified = new Date(Date.UTC(2026, 0, 1))): Buffer {
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
		const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
		const deflated = deflateRawSync(raw, { level: 9 });
		const store = deflated.length >= raw.length;
		const body = store ? raw : deflated;
		const nameBytes = Buffer.from(name, 'utf8');
		const crc = crc32(raw);
		// General purpose flag bit 11: names are UTF-8.
		const flags = 0x0800;
		const method = store ? 0 : 8;

		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
		local.writeUInt16LE(flags, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(date, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(raw.length, 22);
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
		central.writeUInt32LE(raw.length, 24);
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
