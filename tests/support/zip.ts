/** Read a ZIP archive through its central directory, as unzip tools do (stored and deflated entries). */
import { crc32, inflateRawSync } from 'node:zlib';

export function readZip(zip: Buffer): Map<string, Buffer> {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a zip archive: no end of central directory');
	const count = zip.readUInt16LE(end + 10);
	let p = zip.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
		const method = zip.readUInt16LE(p + 10);
		const crc = zip.readUInt32LE(p + 16);
		const size = zip.readUInt32LE(p + 20);
		const nameLength = zip.readUInt16LE(p + 28);
		const extra = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
		const local = zip.readUInt32LE(p + 42);
		const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
		if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const body = zip.subarray(start, start + size);
		const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
		if (crc32(data) !== crc) throw new Error(`CRC mismatch for ${name}`);
		files.set(name, data);
		p += 46 + nameLength + extra;
	}
	return files;
}
