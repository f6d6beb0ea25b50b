/**
 * The words MSE owners type that a page does not say itself: abbreviations
 * (hp, wa, ongkir), chat spellings (gmn, bikin, pake), brand names and their
 * usual misspellings (sopee, tokped), and loan words (packaging, review).
 *
 * Search only matches words that are in the index, so these are added at build
 * time: a page's title and `keywords` are expanded with every group they touch
 * and rendered into the hidden, weighted `keywords` field of the search index
 * (see `src/features/search/SearchMeta.astro`). A lesson that says "ongkos
 * kirim" is then found by "ongkir", and one that says "Tokopedia" by "tokped".
 *
 * Each group is a set of words a searcher uses for the same thing. Keep groups
 * narrow: everything in a group is added to every page that mentions any
 * member, so a loose group ("jualan ↔ bisnis") makes every result look alike.
 * A word belongs to at most one group per language (checked by the tests).
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import type { SearchWords } from '../../core/schemas/search-words.ts';
import { readSearchWords } from '../../core/catalogue/read-content.ts';

export const SYNONYMS: Record<Lang, readonly (readonly string[])[]> = {
	id: [
		// Devices and apps
		['hp', 'handphone', 'ponsel', 'hape', 'smartphone', 'android'],
		['wa', 'whatsapp', 'whatsap', 'watsap', 'wasap', 'whats app', 'watshap'],
		['wa bisnis', 'whatsapp business', 'wa business', 'wab', 'whatsapp bisnis'],
		['ig', 'instagram', 'insta', 'instagam'],
		['fb', 'facebook', 'fesbuk', 'facebok'],
		['tiktok', 'tik tok', 'tiktokshop', 'tiktok shop', 'tiktod'],
		['shopee', 'sopee', 'shoppe', 'shope', 'sopi', 'shoope'],
		['tokopedia', 'tokped', 'toped', 'tokopedi', 'tokopdia'],
		['gofood', 'go food', 'go-food', 'gojek', 'gobiz'],
		['grabfood', 'grab food', 'grab', 'grabmerchant'],
		['shopeefood', 'shopee food'],
		['medsos', 'media sosial', 'sosmed'],
		['marketplace', 'market place', 'e-commerce', 'ecommerce', 'lokapasar'],
		['aplikasi', 'app', 'apps'],
		// Selling online
		['olshop', 'ol shop', 'online shop', 'toko online'],
		['jualan online', 'jual online', 'bisnis online'],
		['ongkir', 'ongkos kirim', 'biaya kirim'],
		['cod', 'bayar di tempat', 'cash on delivery'],
		['tf', 'transfer', 'trf', 'transferan'],
		['rekber', 'rekening bersama'],
		['dm', 'inbox', 'japri'],
		['sw', 'status wa', 'story wa', 'status whatsapp'],
		['bc', 'broadcast', 'siaran', 'pesan siaran'],
		['live', 'siaran langsung', 'live streaming', 'livestream'],
		['fyp', 'viral'],
		['caption', 'kepsyen', 'capsen', 'kata kata jualan'],
		['copywriting', 'kata kata promosi'],
		['foto', 'poto', 'photo', 'gambar', 'foto-foto'],
		['packing', 'packaging', 'kemasan', 'bungkus', 'pengemasan', 'kemasin'],
		['ekspedisi', 'kurir', 'expedisi', 'jne', 'j&t', 'sicepat'],
		['review', 'ulasan', 'rating', 'testimoni', 'testi'],
		['komplain', 'keluhan', 'complain', 'protes'],
		['reseller', 'resseler', 'reseler', 'agen'],
		['dropship', 'dropshipper', 'dropshipping', 'dropsip'],
		['iklan', 'ads', 'advertising'],
		['diskon', 'potongan harga', 'discount', 'harga coret'],
		['voucher', 'voucer', 'kupon', 'vocer'],
		['pelanggan', 'pembeli', 'customer', 'konsumen', 'costumer'],
		['penipuan', 'penipu', 'tipu', 'ditipu', 'ketipu', 'modus', 'scam'],
		['dibajak', 'dihack', 'diretas', 'hacked'],
		['phishing', 'phising', 'fising', 'link palsu', 'tautan palsu'],
		['influencer', 'selebgram', 'selebtok', 'kol', 'endorser'],
		['pre order', 'preorder', 'pre-order', 'po', 'sistem po'],
		['akun', 'account', 'akon'],
		// Money
		['hpp', 'harga pokok produksi', 'harga pokok penjualan', 'harga pokok'],
		['untung', 'laba', 'keuntungan', 'profit', 'cuan', 'margin'],
		['rugi', 'boncos', 'kerugian', 'tekor'],
		['omzet', 'omset', 'pendapatan'],
		['pembukuan', 'catatan keuangan', 'laporan keuangan', 'nyatet', 'nyatat'],
		['modal usaha', 'modal awal', 'modal kerja'],
		['pinjol', 'pinjaman online'],
		['kur', 'kredit usaha rakyat', 'kur bri', 'kur bni', 'kur bsi'],
		['e-wallet', 'ewallet', 'dompet digital'],
		['qris', 'kode qr', 'qr code'],
		// Permits and the law
		['nib', 'nomor induk berusaha'],
		['oss', 'oss rba'],
		['izin usaha', 'ijin usaha', 'perizinan'],
		['pirt', 'p-irt', 'spp-irt', 'izin pirt', 'ijin pirt'],
		['halal', 'sertifikat halal', 'label halal', 'sertifikasi halal'],
		['bpom', 'izin edar', 'badan pom'],
		['haki', 'hki', 'hak merek', 'merek dagang', 'trademark'],
		// Business words
		['umkm', 'ukm', 'usaha kecil', 'usaha mikro'],
		['merek', 'merk', 'brand', 'branding'],
		['stok', 'stock', 'persediaan'],
		['ibu rumah tangga', 'emak-emak', 'ibu-ibu'],
		['sepi', 'belum laku', 'tidak laku'],
	],
	en: [
		['phone', 'mobile', 'smartphone', 'cellphone', 'hp', 'handphone', 'android'],
		['wa', 'whatsapp', 'whatsap', 'watsap', 'whats app'],
		['whatsapp business', 'wa business', 'wa bisnis', 'wab'],
		['ig', 'instagram', 'insta'],
		['fb', 'facebook'],
		['tiktok', 'tik tok', 'tiktok shop', 'tiktokshop'],
		['shopee', 'sopee', 'shoppe', 'shope'],
		['tokopedia', 'tokped', 'toped'],
		['gofood', 'go food', 'go-food', 'gojek', 'gobiz'],
		['grabfood', 'grab food', 'grab', 'grabmerchant'],
		['shopeefood', 'shopee food'],
		['social media', 'socmed', 'medsos'],
		['marketplace', 'market place', 'e-commerce', 'ecommerce'],
		['app', 'apps', 'application', 'aplikasi'],
		['online shop', 'olshop', 'online store'],
		['shipping', 'ongkir', 'shipping cost', 'shipping fee', 'postage'],
		['cod', 'cash on delivery', 'pay on delivery'],
		['transfer', 'bank transfer', 'tf'],
		['escrow', 'rekber', 'rekening bersama'],
		['dm', 'direct message', 'inbox'],
		['broadcast', 'bc', 'broadcast list'],
		['live', 'livestream', 'live stream', 'live streaming', 'live selling'],
		['caption', 'captions'],
		['photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'foto', 'image'],
		['packaging', 'packing', 'package', 'kemasan', 'wrapping'],
		['courier', 'ekspedisi', 'expedition'],
		['review', 'reviews', 'rating', 'ratings', 'testimonial', 'feedback'],
		['complaint', 'complaints', 'komplain'],
		['reseller', 'resellers', 'agent', 'agents'],
		['dropship', 'dropshipping', 'dropshipper'],
		['ads', 'ad', 'advert', 'advertising', 'advertisement', 'iklan'],
		['discount', 'discounts', 'sale', 'markdown', 'diskon'],
		['voucher', 'vouchers', 'coupon', 'coupons'],
		['customer', 'customers', 'buyer', 'buyers', 'client'],
		['scam', 'scams', 'fraud', 'scammer', 'cheated', 'penipuan'],
		['hacked', 'hijacked', 'dibajak'],
		['phishing', 'phising', 'fake link', 'scam link'],
		['influencer', 'influencers', 'kol', 'selebgram', 'endorser'],
		['pre-order', 'preorder', 'pre order', 'po'],
		['cogs', 'cost of goods', 'hpp', 'unit cost', 'cost per item', 'production cost'],
		['profit', 'profits', 'margin', 'earnings', 'untung'],
		['loss', 'losses', 'losing money', 'rugi'],
		['turnover', 'revenue', 'omzet'],
		['bookkeeping', 'book keeping', 'record keeping', 'pembukuan'],
		['capital', 'funding', 'funds', 'modal'],
		['loan', 'loans', 'credit', 'borrow', 'borrowing', 'financing'],
		['online loan', 'pinjol', 'loan app'],
		['kur', 'kredit usaha rakyat'],
		['e-wallet', 'ewallet', 'digital wallet'],
		['qris', 'qr code', 'qr payment'],
		['nib', 'business id number', 'nomor induk berusaha'],
		['permit', 'permits', 'licence', 'license', 'licensing', 'registration', 'izin'],
		['pirt', 'p-irt', 'spp-irt', 'home food permit'],
		['halal', 'halal certificate', 'halal certification'],
		['bpom', 'izin edar'],
		['trademark', 'haki', 'hki'],
		['msme', 'msmes', 'umkm', 'small business', 'sme'],
		['brand', 'branding', 'merek'],
		['stock', 'inventory', 'stok'],
		['busy', 'no time'],
	],
};

/**
 * Words that shape a question but not its topic ("gmn cara… biar laris"): the
 * `filler` lists of content/search/words.yaml, the one list the search dialog
 * also drops from a query (src/features/search/query.ts). Every indexed page
 * gets them (in a field that adds nothing to the ranking), so a question typed
 * straight into Pagefind still matches (Pagefind needs every query word on a
 * page), and they are left out of the weighted keyword fields, so a page whose
 * keywords happen to say "gmn" or "biar laku" does not outrank the page about
 * the question's topic. Single words only: a filler phrase ("terima kasih") is
 * the dialog's business, its words alone may carry a topic ("terima").
 */
let fileWords: SearchWords | undefined;
export function fillerWords(lang: Lang, words: SearchWords = (fileWords ??= readSearchWords())): readonly string[] {
	return words[lang].filler.filter((w) => !w.includes(' '));
}

/** Lower-case, one space between words, no stray punctuation at the ends. */
export function normalizeTerm(term: string): string {
	return term
		.toLocaleLowerCase('id')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.,;:!?"'()]+|[\s.,;:!?"'()]+$/g, '');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `phrase` occurs in `text` as whole words ("hp" is in "foto hp", not in "hpp"). */
export function containsPhrase(text: string, phrase: string): boolean {
	return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * The synonyms to add for a page whose own words are `texts` (title,
 * keywords…): every member of every group that one of the texts mentions,
 * minus the texts themselves. Sorted, so the build output is stable.
 */
export function synonymsFor(texts: readonly string[], lang: Lang): string[] {
	const own = texts.map(normalizeTerm).filter(Boolean);
	const haystack = own.join(' | ');
	const present = new Set(own);
	const added = new Set<string>();
	for (const group of SYNONYMS[lang]) {
		if (!group.some((member) => containsPhrase(haystack, member))) continue;
		for (const member of group) if (!present.has(member)) added.add(member);
	}
	return [...added].sort();
}
