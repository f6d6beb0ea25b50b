import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/ui.ts';
import { buildCaptions, cleanText, formatPrice, makeHashtags, charCount, INPUT_LIMITS, LENGTH_GUIDES, OUTPUT_IDS, type CaptionInput } from './caption.ts';

const keripik: CaptionInput = {
	product: 'Keripik Pisang Coklat',
	benefit: 'renyah, tidak keras, cocok untuk camilan anak',
	details: '250 gram, kemasan zip',
	price: 15000,
	offer: 'beli 2 gratis ongkir Bandung',
	proof: 'sudah 200 pembeli',
	shipping: 'dikirim dari Bandung setiap hari kerja',
	orderVia: 'whatsapp',
	lang: 'id',
};

/** No leftovers of empty fields or sloppy joins in any output. */
function expectTidy(text: string) {
	expect(text).not.toMatch(/undefined|null|NaN|\[object/);
	expect(text).not.toMatch(/ {2}/);
	expect(text).not.toMatch(/\n{3}/);
	expect(text).not.toMatch(/^\s|\s$/);
	expect(text).not.toMatch(/ \n|\n /);
	expect(text).not.toMatch(/\.\./);
}

describe('buildCaptions: every channel', () => {
	const { outputs, hashtags, missing } = buildCaptions(keripik);

	it('WhatsApp: hook, benefit, price, offer, reply-to-order call', () => {
		expect(outputs.whatsapp.text).toBe(
			[
				'Lagi cari Keripik Pisang Coklat?',
				'Renyah, tidak keras, cocok untuk camilan anak.',
				'Harga: Rp15.000',
				'Promo: beli 2 gratis ongkir Bandung',
				'Mau pesan? Langsung balas chat ini, ya.',
			].join('\n'),
		);
		expect(outputs.whatsapp.over).toBe(false);
	});

	it('Instagram/TikTok: hook, benefit, proof, price, call to action, then 3–5 hashtags on their own line', () => {
		const text = outputs.instagram.text;
		const [body, tags] = text.split('\n\n');
		expect(body!.split('\n')).toEqual([
			'Kenalan yuk sama Keripik Pisang Coklat kami!',
			'Renyah, tidak keras, cocok untuk camilan anak.',
			'Sudah 200 pembeli.',
			'Harga: Rp15.000',
			'Promo: beli 2 gratis ongkir Bandung',
			'Pesan lewat WhatsApp, nomornya ada di bio, ya.',
		]);
		expect(tags).toBe('#keripikpisangcoklat #keripik #pisang #coklat');
		expect(hashtags.length).toBeGreaterThanOrEqual(3);
		expect(hashtags.length).toBeLessThanOrEqual(5);
	});

	it('marketplace: a title with the key attributes, and a description in sections', () => {
		expect(outputs.marketplaceTitle.text).toBe('Keripik Pisang Coklat 250 gram kemasan zip - renyah');
		expect(outputs.marketplaceTitle.length).toBeLessThanOrEqual(LENGTH_GUIDES.marketplaceTitle.max);
		const d = outputs.marketplaceDescription.text;
		expect(d).toBe(
			[
				'Tentang produk:\nKeripik Pisang Coklat. Sudah 200 pembeli.',
				'Isi / ukuran:\n250 gram, kemasan zip',
				'Kelebihan:\nRenyah, tidak keras, cocok untuk camilan anak.',
				'Cara pesan & pengiriman:\nPilih varian dan jumlah, masukkan ke keranjang, lalu checkout.\nDikirim dari Bandung setiap hari kerja.\nAda pertanyaan? Tanya dulu lewat chat toko, ya.',
			].join('\n\n'),
		);
		// The listing has its own price field: no second price to go stale.
		expect(d).not.toContain('Rp15.000');
	});

	it('reports length against a labelled guide for every output', () => {
		for (const id of OUTPUT_IDS) {
			const o = outputs[id];
			expect(o.id).toBe(id);
			expect(o.length).toBe(charCount(o.text));
			expect(o.over).toBe(o.length > o.guide.max);
			expectTidy(o.text);
		}
		expect(missing).toEqual([]);
	});

	it('labels every length guide honestly: our recommendation unless a source is given', () => {
		for (const [id, g] of Object.entries(LENGTH_GUIDES) as [keyof typeof LENGTH_GUIDES, (typeof LENGTH_GUIDES)[keyof typeof LENGTH_GUIDES]][]) {
			if (g.kind === 'platform') expect(g.source).toMatch(/\d{4}/);
			else {
				expect(t('id').caption.lengthNotes[id]).toMatch(/Saran kami/);
				expect(t('en').caption.lengthNotes[id]).toMatch(/Our recommendation/);
			}
		}
	});

	it('changes the call to action with how buyers order', () => {
		const dm = buildCaptions({ ...keripik, orderVia: 'dm' }).outputs;
		expect(dm.instagram.text).toContain('Mau pesan? Kirim DM aja, ya.');
		const shop = buildCaptions({ ...keripik, orderVia: 'shop' }).outputs;
		expect(shop.instagram.text).toContain('Checkout lewat link toko di bio, ya.');
		expect(shop.whatsapp.text).toContain('nanti kami kirim link tokonya');
		// Unknown values fall back to WhatsApp instead of printing "undefined".
		const odd = buildCaptions({ ...keripik, orderVia: 'fax' as never }).outputs;
		expect(odd.instagram.text).toContain('Pesan lewat WhatsApp');
	});
});

describe('buildCaptions: empty and missing fields', () => {
	it('leaves out empty optional fields cleanly', () => {
		const { outputs, missing } = buildCaptions({ product: 'Sambal Roa', benefit: 'pedas gurih', price: '', offer: '', proof: '   ', details: undefined, shipping: null as never });
		expect(missing).toEqual(['price', 'details']);
		expect(outputs.whatsapp.text).toBe('Lagi cari Sambal Roa?\nPedas gurih.\nMau pesan? Langsung balas chat ini, ya.');
		expect(outputs.instagram.text).not.toContain('Harga');
		expect(outputs.marketplaceDescription.text).not.toContain('Isi / ukuran');
		expect(outputs.marketplaceTitle.text).toBe('Sambal Roa - pedas gurih');
		for (const id of OUTPUT_IDS) expectTidy(outputs[id].text);
	});

	it('with only a product name still gives tidy text', () => {
		const { outputs } = buildCaptions({ product: 'Kopi Robusta' });
		for (const id of OUTPUT_IDS) {
			expect(outputs[id].text.length).toBeGreaterThan(0);
			expectTidy(outputs[id].text);
		}
		expect(outputs.marketplaceTitle.text).toBe('Kopi Robusta');
	});

	it('without a product name makes nothing and says why', () => {
		const set = buildCaptions({ benefit: 'enak', product: '  \n ' });
		expect(set.missing[0]).toBe('product');
		expect(set.hashtags).toEqual([]);
		for (const id of OUTPUT_IDS) expect(set.outputs[id]).toMatchObject({ text: '', length: 0, over: false });
	});

	it('never throws on empty or odd input', () => {
		expect(() => buildCaptions({})).not.toThrow();
		expect(() => buildCaptions({ product: 42 as never, price: Number.NaN, lang: 'fr' as never })).not.toThrow();
		expect(buildCaptions({ product: 42 as never, lang: 'fr' as never }).outputs.whatsapp.text).toContain('Lagi cari 42?');
	});

	it('does not repeat labels the seller typed and does not double full stops', () => {
		const { outputs } = buildCaptions({ product: 'Batik Tulis', benefit: 'Dibuat tangan!', proof: 'Sudah 50 pembeli.', offer: 'Promo: diskon 10%', price: 'Harga: 250.000' });
		expect(outputs.whatsapp.text).toContain('Promo: diskon 10%');
		expect(outputs.whatsapp.text).not.toMatch(/Promo: Promo/i);
		expect(outputs.whatsapp.text).toContain('Harga: Rp250.000');
		expect(outputs.instagram.text).toContain('Dibuat tangan!\nSudah 50 pembeli.\n');
	});
});

describe('prices', () => {
	it('formats numbers with the pricing helpers and keeps other text as typed', () => {
		expect(formatPrice(15000)).toBe('Rp15.000');
		expect(formatPrice('15.000')).toBe('Rp15.000');
		expect(formatPrice('Rp 1.250.000')).toBe('Rp1.250.000');
		expect(formatPrice('mulai 10rb')).toBe('mulai 10rb');
		expect(formatPrice('')).toBe('');
		expect(formatPrice(undefined)).toBe('');
		expect(formatPrice(-5000)).toBe('');
		expect(formatPrice(Number.NaN)).toBe('');
	});
});

describe('plain text only', () => {
	it('keeps HTML and script tags as literal text (the component never uses innerHTML)', () => {
		const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		const { outputs, hashtags } = buildCaptions({ product: `Kopi ${evil}`, benefit: '<b>wangi</b> & "mantap"' });
		expect(outputs.whatsapp.text).toContain(`Lagi cari Kopi ${evil}?`);
		expect(outputs.whatsapp.text).toContain('<b>wangi</b> & "mantap".');
		expect(outputs.instagram.text).not.toContain('&lt;');
		expect(outputs.instagram.text).not.toContain('&amp;');
		for (const tag of hashtags) expect(tag).toMatch(/^#[\p{Ll}\p{N}]+$/u);
	});

	it('strips control and invisible characters and collapses whitespace', () => {
		expect(cleanText('  Keripik\t\tPisang\r\n\n Coklat  ', 80)).toBe('Keripik Pisang Coklat');
		expect(cleanText('Kopi\u0000\u0007\u001b[31m Susu', 80)).toBe('Kopi[31m Susu');
		expect(cleanText('abc\u202Eevil\u200Bx\uFEFF', 80)).toBe('abcevilx');
		expect(cleanText('Kue \u00A0 lapis', 80)).toBe('Kue lapis');
		// Emoji sequences keep their joiner.
		expect(cleanText('Keluarga 👨‍👩‍👧', 80)).toBe('Keluarga 👨‍👩‍👧');
		expect(cleanText(null, 10)).toBe('');
	});
});

describe('length caps', () => {
	it('caps very long input per field', () => {
		const long = 'sangat '.repeat(500);
		const { outputs } = buildCaptions({ product: long, benefit: long, details: long, offer: long, proof: long, shipping: long, price: long });
		expect(outputs.marketplaceDescription.length).toBeLessThan(1500);
		expect(outputs.whatsapp.length).toBeLessThan(600);
		expect(cleanText(long, INPUT_LIMITS.product).length).toBeLessThanOrEqual(INPUT_LIMITS.product);
		expect(cleanText(long, INPUT_LIMITS.product)).not.toMatch(/\s$/);
	});

	it('cuts at a word when one is near, and never splits an emoji', () => {
		expect(cleanText('Keripik pisang coklat lumer', 24)).toBe('Keripik pisang coklat');
		expect(cleanText('x'.repeat(100), 10)).toBe('x'.repeat(10));
		const emoji = cleanText('😀'.repeat(20), 5);
		expect(Array.from(emoji)).toEqual(Array(5).fill('😀'));
	});

	it('flags output that is over its guide', () => {
		const { outputs } = buildCaptions({ product: 'Keripik '.repeat(10), benefit: 'renyah gurih manis '.repeat(10) });
		expect(outputs.whatsapp.over).toBe(true);
		expect(outputs.whatsapp.length).toBeGreaterThan(LENGTH_GUIDES.whatsapp.max);
	});
});

describe('both languages', () => {
	it('writes English templates', () => {
		const { outputs, hashtags } = buildCaptions({ ...keripik, product: 'Banana Chips', lang: 'en', orderVia: 'dm' });
		expect(outputs.whatsapp.text.split('\n')[0]).toBe('Looking for Banana Chips?');
		expect(outputs.whatsapp.text).toContain('Price: Rp15,000');
		expect(outputs.whatsapp.text).toContain('Offer: beli 2 gratis ongkir Bandung');
		expect(outputs.whatsapp.text).toContain('Just reply to this chat.');
		expect(outputs.instagram.text).toContain('Meet our Banana Chips!');
		expect(outputs.instagram.text).toContain('Send us a DM.');
		expect(outputs.marketplaceDescription.text).toContain('Size / contents:\n250 gram, kemasan zip');
		expect(outputs.marketplaceDescription.text).toContain('How to order & shipping:');
		expect(hashtags).toEqual(['#bananachips', '#banana', '#chips']);
		for (const id of OUTPUT_IDS) expectTidy(outputs[id].text);
	});

	it('Indonesian is the default', () => {
		expect(buildCaptions({ product: 'Tempe' }).outputs.whatsapp.text).toMatch(/^Lagi cari Tempe\?/);
	});
});

describe('makeHashtags', () => {
	it('is lower case, letters and digits only, no duplicates, 3–5 tags', () => {
		const tags = makeHashtags('Kopi Susu Gula-Aren! KOPI & susu', 'id');
		expect(tags.length).toBeGreaterThanOrEqual(3);
		expect(tags.length).toBeLessThanOrEqual(5);
		expect(new Set(tags).size).toBe(tags.length);
		for (const tag of tags) expect(tag).toMatch(/^#[\p{Ll}\p{N}]+$/u);
		expect(tags).toEqual(['#kopisusugulaaren', '#kopi', '#susu', '#gula', '#aren']);
	});

	it('joins a multi-word name, drops joining words, units and pure numbers', () => {
		expect(makeHashtags('Keripik Tempe dan Bawang 250 gram', 'id')).toEqual(['#keripiktempebawang', '#keripik', '#tempe', '#bawang']);
	});

	it('tops up a one-word product with general local tags in the caption language', () => {
		expect(makeHashtags('Sambal', 'id')).toEqual(['#sambal', '#produklokal', '#umkmindonesia']);
		expect(makeHashtags('Sambal', 'en')).toEqual(['#sambal', '#localproduct', '#smallbusiness']);
	});

	it('removes accents and keeps never more than five', () => {
		expect(makeHashtags('Café Kopi', 'en')[0]).toBe('#cafekopi');
		expect(makeHashtags('Tas Anyaman Pandan Motif Bunga Warna Alami', 'id')).toHaveLength(5);
	});

	it('gives nothing for an empty name', () => {
		expect(makeHashtags('', 'id')).toEqual([]);
		expect(makeHashtags('!!!', 'id')).toEqual([]);
	});
});
