/**
 * The product photo checklist: what to check before posting a photo, and the
 * small versioned record of ticks kept on the device (storage access itself is
 * in the component, `src/components/tools/PhotoChecklist.astro`).
 *
 * Item ids are stored on phones: never rename or reuse one. Add new items with
 * new ids; removed ids are simply ignored when read.
 */
import type { Lang } from '../schemas/vocabulary.ts';

export const PHOTO_CHECKLIST_KEY = 'naik-kelas:photo-checklist';
export const PHOTO_CHECKLIST_VERSION = 1;

export interface PhotoCheckItem {
	id: string;
	title: Record<Lang, string>;
	detail: Record<Lang, string>;
}

export const PHOTO_CHECKLIST: readonly PhotoCheckItem[] = [
	{
		id: 'light',
		title: { id: 'Cahaya cukup', en: 'Enough light' },
		detail: {
			id: 'Foto dekat jendela pada siang hari. Hindari lampu kuning dan flash yang membuat bayangan keras.',
			en: 'Shoot near a window in daytime. Avoid yellow bulbs and the flash, which make harsh shadows.',
		},
	},
	{
		id: 'background',
		title: { id: 'Latar bersih', en: 'Clean background' },
		detail: {
			id: 'Pakai latar polos (kain, kertas, papan) dan singkirkan barang lain, supaya mata langsung ke produk.',
			en: 'Use a plain background (cloth, paper, a board) and clear other things away, so the eye goes straight to the product.',
		},
	},
	{
		id: 'angle',
		title: { id: 'Sudut yang pas', en: 'A good angle' },
		detail: {
			id: 'Coba dari depan sejajar produk, dari atas (bagus untuk makanan di piring), dan agak miring. Pilih yang paling jelas.',
			en: 'Try straight on at product height, from above (good for food on a plate) and at a slant. Keep the clearest one.',
		},
	},
	{
		id: 'focus',
		title: { id: 'Tajam, tidak buram', en: 'Sharp, not blurry' },
		detail: {
			id: 'Lap lensa HP dulu. Ketuk layar tepat di produk supaya fokus, lalu pegang HP dengan dua tangan atau sandarkan.',
			en: 'Wipe the phone lens first. Tap the screen on the product to focus, then hold the phone with both hands or rest it on something.',
		},
	},
	{
		id: 'clean',
		title: { id: 'Produk bersih dan rapi', en: 'Product clean and tidy' },
		detail: {
			id: 'Bersihkan debu, sidik jari, dan remahan. Luruskan label dan kemasan sebelum memotret.',
			en: 'Remove dust, fingerprints and crumbs. Straighten the label and packaging before you shoot.',
		},
	},
	{
		id: 'true-colour',
		title: { id: 'Warna sesuai aslinya', en: 'True colours' },
		detail: {
			id: 'Bandingkan foto dengan barang aslinya. Jangan pakai filter yang mengubah warna: pembeli bisa kecewa dan komplain.',
			en: 'Compare the photo with the real product. Skip filters that change the colour: buyers may be disappointed and complain.',
		},
	},
	{
		id: 'complete-set',
		title: { id: 'Set foto lengkap', en: 'A complete set' },
		detail: {
			id: 'Tampak depan, samping, detail (tekstur atau bahan), saat dipakai atau disajikan, dan satu foto dengan pembanding ukuran (tangan, sendok, penggaris).',
			en: 'Front, side, a close-up (texture or material), in use or served, and one photo with something that shows the size (a hand, a spoon, a ruler).',
		},
	},
	{
		id: 'channel-format',
		title: { id: 'Bentuk foto sesuai tempatnya', en: 'The right shape for the channel' },
		detail: {
			id: 'Foto persegi biasanya pas untuk marketplace dan feed Instagram; foto tegak untuk status WA, story, dan TikTok. Cek panduan foto di aplikasinya.',
			en: 'Square photos usually suit marketplaces and the Instagram feed; upright photos suit WhatsApp status, stories and TikTok. Check the app\'s photo guide.',
		},
	},
];

const KNOWN_IDS = new Set(PHOTO_CHECKLIST.map((item) => item.id));

/** Ticked ids in checklist order, unknown ones dropped. */
export function normaliseChecked(ids: Iterable<unknown>): string[] {
	const set = new Set<string>();
	for (const id of ids) if (typeof id === 'string' && KNOWN_IDS.has(id)) set.add(id);
	return PHOTO_CHECKLIST.map((item) => item.id).filter((id) => set.has(id));
}

export interface StoredChecklist {
	checked: string[];
	/** False when there was something stored that we could not read (corrupt or from a newer release): keep a copy before overwriting. */
	readable: boolean;
}

/** Read what localStorage holds. Never throws. */
export function parseChecklist(text: string | null | undefined): StoredChecklist {
	if (!text) return { checked: [], readable: true };
	try {
		const raw = JSON.parse(text) as { v?: unknown; checked?: unknown } | null;
		if (raw && raw.v === PHOTO_CHECKLIST_VERSION && Array.isArray(raw.checked)) return { checked: normaliseChecked(raw.checked), readable: true };
	} catch {
		/* fall through */
	}
	return { checked: [], readable: false };
}

export function serializeChecklist(checked: Iterable<unknown>): string {
	return JSON.stringify({ v: PHOTO_CHECKLIST_VERSION, checked: normaliseChecked(checked) });
}

export function setChecked(checked: readonly string[], id: string, on: boolean): string[] {
	const set = new Set(checked);
	if (on) set.add(id);
	else set.delete(id);
	return normaliseChecked(set);
}

export const readyCount = (checked: readonly string[]) => ({ done: normaliseChecked(checked).length, total: PHOTO_CHECKLIST.length });
