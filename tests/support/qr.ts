/** Read a QR code the way a phone would: rasterize the SVG with sharp, decode with jsQR. */
import sharp from 'sharp';
import jsQR from 'jsqr';

export async function decodeQrSvg(svg: string): Promise<string | undefined> {
	const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400, { kernel: 'nearest' }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
