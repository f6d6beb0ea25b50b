/**
 * Caption assembly for the caption helper: what a seller types about one
 * product becomes ready-to-paste text for WhatsApp, Instagram/TikTok and a
 * marketplace listing. Pure functions, no DOM.
 *
 * Everything here is plain text. The component puts the result into a
 * textarea with `value`/`textContent`, never as HTML, so nothing is escaped
 * here: `<b>` typed by a seller stays the four characters `<b>`.
 */
import { formatRupiah } from '../../core/i18n/format.ts';
import { langOf } from '../../core/locales.ts';
import { parseNumber } from './parse-number.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';

/** How the buyer places an order; changes the call to action. */
export type OrderVia = 'whatsapp' | 'dm' | 'shop';
export const ORDER_VIA = ['whatsapp', 'dm', 'shop'] as const satisfies readonly OrderVia[];

export interface CaptionInput {
	/** "Keripik Pisang Coklat". The only field that must be filled. */
	product?: string;
	/** Main benefit: "renyah, tidak keras, cocok untuk camilan anak". */
	benefit?: string;
	/** Size or contents for the marketplace title and description: "250 gram, kemasan zip". */
	details?: string;
	/** A Rupiah amount (15000, "15.000", "Rp 15.000") or free text ("mulai 10rb"). */
	price?: string | number;
	/** Optional promo: "beli 2 gratis ongkir Bandung". */
	offer?: string;
	/** Optional social proof: "sudah 200 pembeli". */
	proof?: string;
	/** Optional shipping note for the marketplace: "dikirim dari Solo setiap hari kerja". */
	shipping?: string;
	orderVia?: OrderVia;
	lang?: Lang;
}

export type TextField = 'product' | 'benefit' | 'details' | 'price' | 'offer' | 'proof' | 'shipping';

/**
 * Longest text kept per field, in characters. Generous for real products,
 * small enough that a pasted essay cannot make the captions useless.
 */
export const INPUT_LIMITS: Record<TextField, number> = {
	product: 80,
	benefit: 200,
	details: 120,
	price: 40,
	offer: 100,
	proof: 100,
	shipping: 150,
};

export type OutputId = 'whatsapp' | 'instagram' | 'marketplaceTitle' | 'marketplaceDescription';
export const OUTPUT_IDS = ['whatsapp', 'instagram', 'marketplaceTitle', 'marketplaceDescription'] as const satisfies readonly OutputId[];

/**
 * A length to stay under. `platform` limits may only be added with a source and
 * year (see content/AUTHORING.md, "Facts"); none of our sources states one, so
 * every guide here is our own recommendation and says so.
 */
/** How long each output should be; what the limit means for the seller is `caption.lengthNotes` in the strings files. */
export interface LengthGuide {
	max: number;
	kind: 'platform' | 'recommended';
	/** Where a `platform` limit comes from, with the year. Empty for our recommendations. */
	source: string;
}

export const LENGTH_GUIDES: Record<OutputId, LengthGuide> = {
	whatsapp: {
		max: 250,
		kind: 'recommended',
		source: '',
	},
	instagram: {
		max: 400,
		kind: 'recommended',
		source: '',
	},
	marketplaceTitle: {
		max: 70,
		kind: 'recommended',
		source: '',
	},
	marketplaceDescription: {
		max: 1000,
		kind: 'recommended',
		source: '',
	},
};

export interface CaptionOutput {
	id: OutputId;
	text: string;
	/** Characters (Unicode code points). Apps count a little differently, e.g. some emoji as 2. */
	length: number;
	guide: LengthGuide;
	over: boolean;
}

export interface CaptionSet {
	outputs: Record<OutputId, CaptionOutput>;
	hashtags: string[];
	/** Empty fields the captions would be better with; `product` means nothing useful could be made. */
	missing: ('product' | 'benefit' | 'price' | 'details')[];
}

/** Characters as people count them (code points, so an emoji is not two). */
export const charCount = (text: string) => Array.from(text).length;

// Control characters and invisible format characters (bidi overrides, BOM,
// soft hyphen), but not the zero-width (non-)joiners that emoji and some
// scripts need. Lone surrogate halves are dropped too.
const INVISIBLE = /[\p{Cc}\p{Cs}\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

/**
 * Make one typed value safe to assemble: plain string, no control characters,
 * one space between words, at most `max` characters (cut at a word when one is near).
 */
export function cleanText(value: unknown, max: number): string {
	if (value === null || value === undefined) return '';
	let s = String(value).normalize('NFC').replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
	const chars = Array.from(s);
	if (chars.length > max) {
		s = chars.slice(0, max).join('');
		const lastSpace = s.lastIndexOf(' ');
		if (lastSpace > max * 0.7) s = s.slice(0, lastSpace);
		s = s.replace(/[\s,;:–-]+$/u, '');
	}
	return s;
}

/** First letter upper case, ends with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
	if (!text) return '';
	const first = text.charAt(0);
	const body = first.toLocaleUpperCase('id') + text.slice(1);
	return /[.!?…)]$/u.test(body) ? body : `${body}.`;
}

/** Drop a label the seller typed themselves ("Promo: …", "Harga …") so we do not print it twice. */
const stripLead = (text: string, words: string[]) => text.replace(new RegExp(`^(?:${words.join('|')})\\b\\s*:?\\s*`, 'iu'), '');

/** Price as "Rp15.000" when it is a number, as typed when it is text, '' when empty or negative. */
export function formatPrice(price: string | number | undefined, lang: Lang = 'id'): string {
	if (typeof price === 'number') return Number.isFinite(price) && price >= 0 ? formatRupiah(price, lang) : '';
	const text = stripLead(cleanText(price, INPUT_LIMITS.price), ['harga', 'price']);
	if (!text) return '';
	const n = parseNumber(text);
	if (n === undefined) return '';
	if (Number.isNaN(n)) return text;
	return n >= 0 ? formatRupiah(n, lang) : '';
}

// Words that make poor hashtags: joining words and units.
const HASHTAG_STOPWORDS = new Set([
	'dan', 'yang', 'untuk', 'dengan', 'atau', 'dari', 'isi', 'per', 'rasa', 'ukuran', 'khas', 'asli', 'enak', 'murah',
	'the', 'and', 'for', 'with', 'from', 'our', 'size', 'pack',
	'pcs', 'gram', 'gr', 'kg', 'ml', 'liter', 'ltr', 'cm', 'meter',
]);
const GENERIC_HASHTAGS: Record<Lang, string[]> = {
	id: ['produklokal', 'umkmindonesia', 'jualanonline'],
	en: ['localproduct', 'smallbusiness', 'shoplocal'],
};
const MAX_HASHTAGS = 5;
const MIN_HASHTAGS = 3;
const MAX_HASHTAG_CHARS = 24;

/** Lower-case letters and digits only, accents removed: "Kopi Susu Gula-Aren!" → ["kopi", "susu", "gula", "aren"]. */
function hashtagWords(text: string): string[] {
	return text
		.replace(/<[^>]*>/g, ' ') // a pasted tag is not a product word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('id')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * 3–5 hashtags from the product name: the whole name joined ("#keripikpisang")
 * and its main words, then general local tags to make up three. Never a wall of tags.
 */
export function makeHashtags(product: string, lang: Lang = 'id'): string[] {
	const words = hashtagWords(cleanText(product, INPUT_LIMITS.product));
	if (words.length === 0) return [];
	const tags: string[] = [];
	const add = (tag: string) => {
		if (tags.length < MAX_HASHTAGS && !tags.includes(tag)) tags.push(tag);
	};
	const meaningful = [...new Set(words.filter((w) => !HASHTAG_STOPWORDS.has(w) && !/^\p{N}+$/u.test(w)))];
	const joined = meaningful.join('');
	if (meaningful.length >= 2 && charCount(joined) <= MAX_HASHTAG_CHARS) add(joined);
	for (const w of meaningful) if (charCount(w) >= 3 && charCount(w) <= MAX_HASHTAG_CHARS) add(w);
	for (const g of GENERIC_HASHTAGS[lang]) if (tags.length < MIN_HASHTAGS) add(g);
	return tags.map((tag) => `#${tag}`);
}

interface Parts {
	product: string;
	benefit: string;
	details: string;
	price: string;
	offer: string;
	proof: string;
	shipping: string;
	orderVia: OrderVia;
	lang: Lang;
}

/** Templates: everyday words a seller would write, one function per output and language. */
const TEMPLATES: Record<Lang, Record<OutputId, (p: Parts, hashtags: string[]) => string>> = {
	id: {
		whatsapp: (p) =>
			lines(
				`Lagi cari ${p.product}?`,
				sentence(p.benefit),
				p.price && `Harga: ${p.price}`,
				p.offer && `Promo: ${p.offer}`,
				p.orderVia === 'shop' ? 'Mau pesan? Balas chat ini, nanti kami kirim link tokonya.' : 'Mau pesan? Langsung balas chat ini, ya.',
			),
		instagram: (p, tags) =>
			paragraphs(
				lines(
					`Kenalan yuk sama ${p.product} kami!`,
					sentence(p.benefit),
					sentence(p.proof),
					p.price && `Harga: ${p.price}`,
					p.offer && `Promo: ${p.offer}`,
					{ whatsapp: 'Pesan lewat WhatsApp, nomornya ada di bio, ya.', dm: 'Mau pesan? Kirim DM aja, ya.', shop: 'Checkout lewat link toko di bio, ya.' }[p.orderVia],
				),
				tags.join(' '),
			),
		marketplaceTitle: (p) => title(p),
		marketplaceDescription: (p) =>
			paragraphs(
				section('Tentang produk:', `${sentence(p.product)}${p.proof ? ` ${sentence(p.proof)}` : ''}`),
				section('Isi / ukuran:', p.details),
				section('Kelebihan:', sentence(p.benefit)),
				section(
					'Cara pesan & pengiriman:',
					lines('Pilih varian dan jumlah, masukkan ke keranjang, lalu checkout.', sentence(p.shipping), 'Ada pertanyaan? Tanya dulu lewat chat toko, ya.'),
				),
			),
	},
	en: {
		whatsapp: (p) =>
			lines(
				`Looking for ${p.product}?`,
				sentence(p.benefit),
				p.price && `Price: ${p.price}`,
				p.offer && `Offer: ${p.offer}`,
				p.orderVia === 'shop' ? 'Want one? Reply to this chat and we will send the shop link.' : 'Want one? Just reply to this chat.',
			),
		instagram: (p, tags) =>
			paragraphs(
				lines(
					`Meet our ${p.product}!`,
					sentence(p.benefit),
					sentence(p.proof),
					p.price && `Price: ${p.price}`,
					p.offer && `Offer: ${p.offer}`,
					{ whatsapp: 'Order on WhatsApp: the number is in our bio.', dm: 'Want one? Send us a DM.', shop: 'Order through the shop link in our bio.' }[p.orderVia],
				),
				tags.join(' '),
			),
		marketplaceTitle: (p) => title(p),
		marketplaceDescription: (p) =>
			paragraphs(
				section('About this product:', `${sentence(p.product)}${p.proof ? ` ${sentence(p.proof)}` : ''}`),
				section('Size / contents:', p.details),
				section('Why buyers like it:', sentence(p.benefit)),
				section(
					'How to order & shipping:',
					lines('Choose the variant and quantity, add to cart, then check out.', sentence(p.shipping), 'Any questions? Ask us in the shop chat first.'),
				),
			),
	},
};

// Price and promo are left out of the marketplace description on purpose: the
// listing has its own price field and vouchers, and a second price in the text
// goes stale and confuses buyers.

const lines = (...parts: (string | false | undefined)[]) => parts.filter((p): p is string => Boolean(p)).join('\n');
const paragraphs = (...parts: string[]) => parts.filter(Boolean).join('\n\n');
const section = (heading: string, body: string) => (body ? `${heading}\n${body}` : '');

/** Product name and its size/contents; the first part of the benefit too when it still fits. */
function title(p: Parts): string {
	const base = [p.product, p.details.replace(/,\s*/g, ' ')].filter(Boolean).join(' ');
	const short = p.benefit.split(/[,.;!?]/)[0]!.trim();
	const withBenefit = short ? `${base} - ${short}` : base;
	return short && charCount(withBenefit) <= LENGTH_GUIDES.marketplaceTitle.max ? withBenefit : base;
}

/**
 * All captions for one product. Never throws: odd input is cleaned, and with no
 * product name the outputs are empty strings and `missing` says why.
 */
export function buildCaptions(input: CaptionInput): CaptionSet {
	const lang: Lang = langOf(input.lang);
	const orderVia: OrderVia = (ORDER_VIA as readonly string[]).includes(input.orderVia ?? '') ? input.orderVia! : 'whatsapp';
	const p: Parts = {
		product: cleanText(input.product, INPUT_LIMITS.product),
		benefit: cleanText(input.benefit, INPUT_LIMITS.benefit),
		details: cleanText(input.details, INPUT_LIMITS.details),
		price: formatPrice(input.price, lang),
		offer: stripLead(cleanText(input.offer, INPUT_LIMITS.offer), ['promo', 'offer']),
		proof: cleanText(input.proof, INPUT_LIMITS.proof),
		shipping: cleanText(input.shipping, INPUT_LIMITS.shipping),
		orderVia,
		lang,
	};
	const missing: CaptionSet['missing'] = [];
	if (!p.product) missing.push('product');
	if (!p.benefit) missing.push('benefit');
	if (!p.price) missing.push('price');
	if (!p.details) missing.push('details');
	const hashtags = makeHashtags(p.product, lang);
	const outputs = {} as Record<OutputId, CaptionOutput>;
	for (const id of OUTPUT_IDS) {
		const text = p.product ? TEMPLATES[lang][id](p, hashtags) : '';
		const length = charCount(text);
		const guide = LENGTH_GUIDES[id];
		outputs[id] = { id, text, length, guide, over: length > guide.max };
	}
	return { outputs, hashtags, missing };
}
