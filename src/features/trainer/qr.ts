/**
 * QR codes as small inline SVG, made at build time (no network, no script).
 * uqr encodes; we draw each row's dark runs as one path segment, which is
 * several times smaller than one rectangle per module.
 */
import { encode } from 'uqr';

export interface QrOptions {
	/** Error correction: M survives a smudged print or a glare spot on a projector. */
	ecc?: 'L' | 'M' | 'Q' | 'H';
	/** Quiet zone in modules; scanners need 4 around the code. */
	border?: number;
	/** Accessible name of the image, e.g. "QR code: open this lesson on your phone". */
	label?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function qrSvg(text: string, { ecc = 'M', border = 4, label }: QrOptions = {}): string {
	const { data, size } = encode(text, { ecc, border: 0 });
	const total = size + border * 2;
	let d = '';
	data.forEach((row, y) => {
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x++;
			d += `M${start + border} ${y + border}h${x - start}v1h-${x - start}z`;
		}
	});
	const a11y = label ? ` role="img" aria-label="${escapeXml(label)}"` : ' aria-hidden="true"';
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges"${a11y}><rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
