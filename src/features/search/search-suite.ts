/**
 * The search quality suite: queries typed the way MSE owners, trainers and
 * program makers really type into a phone, each labelled with what that person
 * actually needs (a lesson id, `kind:<kind>` when any page of that kind will
 * do, or a page path without the /en prefix).
 *
 * Written before looking at any search results, and never tuned towards them:
 * a query that fails stays here and counts as a miss. Lesson words are not
 * added to a lesson's keywords to pass a query. `absent` queries ask for
 * topics the site does not teach (yet): they pass when the dialog says so
 * instead of presenting an unrelated page as the answer.
 *
 * When a new lesson teaches exactly what a query asks (wave 2 added COD, QRIS,
 * couriers, consignment, account recovery, the joint Tokopedia and TikTok Shop
 * Seller Center), its id joins that query's answers: the label follows what the
 * person needs, whichever lesson the site now has for it.
 *
 * Read by the browser test (src/features/search/search-quality.browser.test.ts),
 * which drives the real dialog, and by `npm run bench`.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import type { SearchKind } from './search-facets.ts';

export const QUERY_KINDS = ['abbrev', 'slang', 'question', 'mixed', 'brand', 'english', 'absent'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** A lesson id, `kind:<kind>`, or a page path (without /en). */
export type Want = string | `kind:${SearchKind}` | `/${string}`;

export interface SuiteCase {
	q: string;
	kind: QueryKind;
	/** Any one of these is a right answer; empty for `absent`. */
	want: readonly Want[];
}

const c = (kind: QueryKind, q: string, ...want: Want[]): SuiteCase => ({ q, kind, want });

export const SUITE: Record<Lang, readonly SuiteCase[]> = {
	id: [
		// Chat abbreviations
		c('abbrev', 'hrg jual yg pas gmn', 'pricing-with-fees', 'cost-of-goods'),
		c('abbrev', 'ongkir mahal bgt', 'pricing-with-fees', 'delivery-safe-packaging', 'courier-choice-shipping-cost'),
		c('abbrev', 'cr itung hpp', 'cost-of-goods'),
		c('abbrev', 'tf palsu', 'fake-transfer-proof'),
		c('abbrev', 'bukti tf editan', 'fake-transfer-proof'),
		c('abbrev', 'akun wa bisnis', 'wa-business-account'),
		c('abbrev', 'bc wa ke pelanggan', 'wa-broadcast-auto-replies', 'whatsapp-status-broadcast-writing'),
		c('abbrev', 'sw jualan', 'whatsapp-status-broadcast-writing'),
		c('abbrev', 'fb ads ke wa', 'ads-to-whatsapp'),
		c('abbrev', 'iklan ig pertama kali', 'fb-ig-first-ad-search'),
		c('abbrev', 'kur utk umkm', 'financing-kur'),
		c('abbrev', 'pirt dmn ngurusnya', 'product-permits'),
		c('abbrev', 'nib utk olshop', 'nib-registration'),
		c('abbrev', 'hki merek', 'brand-trademark'),
		c('abbrev', 'otp dr kurir', 'account-takeover-otp'),
		c('abbrev', 'cod aman ga', 'safe-chat-orders-payments', 'safe-payment-after-scam', 'cash-on-delivery'),
		c('abbrev', 'sistem po kue lebaran', 'steady-production'),
		c('abbrev', 'omset naik turun', 'cash-flow-loan-ready', 'daily-bookkeeping'),
		c('abbrev', 'bls chat pembeli marketplace', 'marketplace-after-sales'),
		c('abbrev', 'utk pemula jualan di tokped', 'marketplace-open-store', 'tiktok-shop-tokopedia-seller-center'),
		c('abbrev', 'dp pesanan lwt chat', 'safe-chat-orders-payments'),
		c('abbrev', 'fyp tiktok', 'tiktok-content-strategy'),
		c('abbrev', 'hpp makanan', 'cost-of-goods'),
		c('abbrev', 'bpom pirt halal', 'product-permits'),
		// Slang verb forms and spellings
		c('slang', 'jualin kue lewat wa', 'whatsapp-selling-basics'),
		c('slang', 'ngitung modal per porsi', 'cost-of-goods'),
		c('slang', 'nyari pembeli di grup fb', 'facebook-marketplace-groups', 'fb-groups-communities'),
		c('slang', 'motoin produk biar bagus', 'photo-light', 'photo-angles-composition'),
		c('slang', 'foto2 produk gelap', 'photo-light'),
		c('slang', 'foto-foto produk buat shopee', 'photo-sets-per-channel'),
		c('slang', 'ngebungkus paket biar ga penyok', 'delivery-safe-packaging'),
		c('slang', 'bikinin label kemasan', 'product-label-basics'),
		c('slang', 'misahin duit usaha', 'separate-business-money'),
		c('slang', 'nyatet pengeluaran tiap hari', 'daily-bookkeeping'),
		c('slang', 'ngiklanin dagangan di ig', 'fb-ig-first-ad-search', 'ads-to-whatsapp'),
		c('slang', 'ngelive di tiktok', 'live-selling'),
		c('slang', 'ngonten tiap minggu', 'content-plan-weekly'),
		c('slang', 'ngedit poto di hp', 'photo-editing-honest'),
		c('slang', 'daptar gofood', 'food-app-join'),
		c('slang', 'kebobolan akun wa', 'account-takeover-otp'),
		c('slang', 'ketipu pembeli', 'safe-payment-after-scam', 'fake-transfer-proof'),
		c('slang', 'dikasih review bintang 1', 'marketplace-after-sales'),
		c('slang', 'nulis caption jualan', 'caption-structure'),
		c('slang', 'ngatur waktu jualan sendirian', 'weekly-routine'),
		c('slang', 'jualan rugi trus', 'profit-per-product'),
		c('slang', 'bikin logo sendiri', 'brand-look-budget'),
		c('slang', 'nitip dagangan di toko oleh2', 'other-sales-channels', 'cooperatives-consignment'),
		c('slang', 'ngajak pelanggan bikin konten', 'co-creation-customers'),
		c('slang', 'kerjasama ama selebgram', 'creators-affiliates'),
		c('slang', 'ngebalesin chat otomatis', 'wa-broadcast-auto-replies'),
		c('slang', 'stok sering abis', 'steady-production'),
		c('slang', 'pinjem modal ke bank', 'financing-kur', 'cash-flow-loan-ready'),
		c('slang', 'nyusun judul produk', 'marketplace-titles-keywords'),
		c('slang', 'ngenalin merek lewat cerita', 'brand-story'),
		// Whole questions
		c('question', 'gimana cara daftar nib online?', 'nib-registration'),
		c('question', 'berapa harga jual yang pas biar ga rugi kena potongan shopee?', 'pricing-with-fees'),
		c('question', 'apakah jualan sambal perlu izin pirt?', 'product-permits'),
		c('question', 'kenapa produk saya ga laku di tokopedia', 'marketplace-seo', 'marketplace-titles-keywords', 'marketplace-ads-dashboard'),
		c('question', 'apa yang harus dilakukan kalau ketipu pembeli', 'safe-payment-after-scam'),
		c('question', 'bagaimana cara membedakan bukti transfer asli dan palsu', 'fake-transfer-proof'),
		c('question', 'kak mau nanya cara bikin katalog di wa gimana ya', 'wa-catalogue'),
		c('question', 'gimana sih cara foto produk biar terang?', 'photo-light'),
		c('question', 'boleh ga edit foto produk pakai filter', 'photo-editing-honest'),
		c('question', 'apa aja yang wajib ditulis di label makanan', 'product-label-basics'),
		c('question', 'gimana cara ngitung untung bersih per produk', 'profit-per-product'),
		c('question', 'kapan sebaiknya pinjam modal usaha', 'cash-flow-loan-ready', 'financing-kur'),
		c('question', 'gmn caranya biar akun wa ga dibajak', 'account-takeover-otp'),
		c('question', 'cara kirim makanan basah lewat ekspedisi biar aman', 'delivery-safe-packaging'),
		c('question', 'apa itu afiliasi tiktok', 'creators-affiliates'),
		c('question', 'perlu ga daftar merek dagang', 'brand-trademark'),
		c('question', 'gimana cara bikin menu di gofood yang menarik', 'food-app-menu'),
		c('question', 'promo gofood itu untung ga sih', 'food-app-promos'),
		c('question', 'gimana jualan di fb marketplace', 'facebook-marketplace-groups'),
		c('question', 'cara pindah dari wa biasa ke wa business', 'wa-business-account'),
		c('question', 'gimana ngatur konten tiktok biar fyp', 'tiktok-content-strategy'),
		c('question', 'cara bikin video jualan pendek di hp', 'short-vertical-video'),
		c('question', 'berapa ukuran foto yang pas buat instagram', 'photo-sets-per-channel'),
		c('question', 'mau ikut pameran, apa yang harus disiapin', 'other-sales-channels'),
		c('question', 'gimana cara membalas ulasan buruk pembeli', 'marketplace-after-sales'),
		c('question', 'apa bedanya akun pribadi dan akun profesional di ig', 'fb-ig-professional-insights'),
		c('question', 'ada pelatihan gratis buat ibu2 ga', 'kind:program'),
		c('question', 'program pemerintah buat nelayan apa aja', 'kind:program'),
		// Indonesian and English mixed
		c('mixed', 'tips packaging biar aman sampai', 'delivery-safe-packaging'),
		c('mixed', 'cara setting auto reply whatsapp business', 'wa-broadcast-auto-replies'),
		c('mixed', 'budget ads ig berapa', 'fb-ig-first-ad-search', 'ads-to-whatsapp'),
		c('mixed', 'pricing produk handmade', 'cost-of-goods', 'pricing-with-fees'),
		c('mixed', 'cash flow usaha kecil', 'cash-flow-loan-ready'),
		c('mixed', 'storytelling brand umkm', 'brand-story'),
		c('mixed', 'content planning seminggu', 'content-plan-weekly'),
		c('mixed', 'customer service marketplace', 'marketplace-after-sales'),
		c('mixed', 'branding murah buat umkm', 'brand-look-budget'),
		c('mixed', 'lighting foto produk pake lampu', 'photo-light'),
		c('mixed', 'background foto produk', 'photo-background-props'),
		c('mixed', 'engagement ig turun', 'fb-ig-professional-insights'),
		c('mixed', 'live selling shopee', 'live-selling'),
		c('mixed', 'keyword judul produk tokopedia', 'marketplace-titles-keywords'),
		c('mixed', 'sustainable packaging murah', 'eco-low-cost-packaging'),
		c('mixed', 'time management jualan sendiri', 'weekly-routine'),
		c('mixed', 'copywriting caption jualan', 'caption-structure'),
		c('mixed', 'scam link undangan apk', 'account-takeover-otp'),
		// Brand names
		c('brand', 'capcut', 'short-vertical-video'),
		c('brand', 'grabfood', 'food-app-join'),
		c('brand', 'shopeefood promo', 'food-app-promos'),
		c('brand', 'tiktok shop', 'tiktok-content-strategy', 'live-selling', 'creators-affiliates', 'tiktok-shop-tokopedia-seller-center'),
		c('brand', 'meta ads', 'ads-to-whatsapp', 'fb-ig-first-ad-search'),
		c('brand', 'shopee ads', 'marketplace-ads-dashboard'),
		c('brand', 'tokopedia seo', 'marketplace-seo'),
		c('brand', 'whatsapp business katalog', 'wa-catalogue'),
		c('brand', 'instagram insight', 'fb-ig-professional-insights'),
		c('brand', 'lazada', 'marketplace-open-store'),
		c('brand', 'gojek merchant', 'food-app-join'),
		c('brand', 'oss rba', 'nib-registration'),
		c('brand', 'snapseed', 'photo-editing-honest'),
		c('brand', 'jne j&t packing', 'delivery-safe-packaging'),
		c('brand', 'canva logo', 'brand-look-budget'),
		c('brand', 'qris', 'safe-chat-orders-payments', 'fake-transfer-proof', 'qris-micro-merchant', 'check-payment-arrived'),
		// Topics the site does not teach
		c('absent', 'cara bikin website toko sendiri'),
		c('absent', 'gaji karyawan umkm'),
		c('absent', 'buka waralaba'),
		c('absent', 'investasi kripto'),
		c('absent', 'ternak lele'),
		c('absent', 'bpjs ketenagakerjaan'),
		c('absent', 'sewa ruko murah'),
		c('absent', 'rekrut karyawan baru'),
	],
	en: [
		// English as people type it
		c('english', 'how do i set a selling price', 'pricing-with-fees', 'cost-of-goods'),
		c('english', 'product photos in low light', 'photo-light'),
		c('english', 'whatsapp auto reply', 'wa-broadcast-auto-replies'),
		c('english', 'how to write whatsapp status', 'whatsapp-status-broadcast-writing'),
		c('english', 'keep business money separate', 'separate-business-money'),
		c('english', 'record daily sales', 'daily-bookkeeping'),
		c('english', 'which permits do i need for food', 'product-permits'),
		c('english', 'protect my brand name', 'brand-trademark'),
		c('english', 'someone sent me a fake payment screenshot', 'fake-transfer-proof'),
		c('english', 'my whatsapp account was hacked', 'account-takeover-otp', 'business-accounts-recovery'),
		c('english', 'how to reply to a 1 star review', 'marketplace-after-sales'),
		c('english', 'open a shop on tokopedia', 'marketplace-open-store', 'tiktok-shop-tokopedia-seller-center'),
		c('english', 'how to make my product show up in search', 'marketplace-seo', 'marketplace-titles-keywords'),
		c('english', 'tiktok content ideas', 'tiktok-content-strategy', 'content-plan-weekly'),
		c('english', 'vertical video with phone', 'short-vertical-video'),
		c('english', 'cheap branding', 'brand-look-budget'),
		c('english', 'brand story', 'brand-story'),
		c('english', 'work with influencers', 'creators-affiliates'),
		c('english', 'get customers to create content', 'co-creation-customers'),
		c('english', 'consignment at a shop', 'other-sales-channels', 'cooperatives-consignment'),
		c('english', 'one person business weekly routine', 'weekly-routine'),
		c('english', 'stock keeps running out', 'steady-production'),
		c('english', 'food delivery app promo losing money', 'food-app-promos'),
		c('english', 'gofood menu photos', 'food-app-menu'),
		c('english', 'is cod safe', 'safe-chat-orders-payments', 'cash-on-delivery'),
		c('english', 'what to do after being scammed', 'safe-payment-after-scam'),
		c('english', 'cash flow and emergency fund', 'cash-flow-loan-ready'),
		c('english', 'kur loan requirements', 'financing-kur'),
		c('english', 'first facebook ad', 'fb-ig-first-ad-search'),
		c('english', 'click to whatsapp ads', 'ads-to-whatsapp'),
		c('english', 'marketplace vouchers', 'marketplace-vouchers-campaigns'),
		c('english', 'honest product description', 'honest-product-descriptions'),
		c('english', 'what to put on a product label', 'product-label-basics'),
		c('english', 'photo background and props', 'photo-background-props'),
		c('english', 'photo angles', 'photo-angles-composition'),
		c('english', 'edit photos without misleading buyers', 'photo-editing-honest'),
		c('english', 'eco packaging on a budget', 'eco-low-cost-packaging'),
		c('english', 'sell in facebook groups without getting banned', 'fb-groups-communities'),
		c('english', 'sell to my whatsapp contacts', 'whatsapp-selling-basics'),
		c('english', 'which products are secretly losing money', 'profit-per-product'),
		c('english', 'photo sizes for each channel', 'photo-sets-per-channel'),
		c('english', 'taking orders during a live stream', 'live-selling'),
		c('english', 'weekly content plan', 'content-plan-weekly'),
		c('english', 'training for women entrepreneurs', 'kind:program'),
		c('english', 'government program for farmers', 'kind:program'),
		// Abbreviations on the English site
		c('abbrev', 'how 2 price my products', 'pricing-with-fees', 'cost-of-goods'),
		c('abbrev', 'wa biz catalog', 'wa-catalogue'),
		c('abbrev', 'fake tf receipt', 'fake-transfer-proof'),
		c('abbrev', 'ig ads budget', 'fb-ig-first-ad-search', 'ads-to-whatsapp'),
		c('abbrev', 'pls help hpp calc', 'cost-of-goods'),
		c('abbrev', 'otp scam wa', 'account-takeover-otp'),
		c('abbrev', 'nib reg online', 'nib-registration'),
		c('abbrev', 'cogs per item', 'cost-of-goods'),
		// Indonesian typed on the English site
		c('mixed', 'cara jualan di shopee', 'marketplace-open-store'),
		c('mixed', 'foto produk pake hp', 'photo-light', 'photo-angles-composition', 'photo-editing-honest'),
		c('mixed', 'ongkir packaging tips', 'delivery-safe-packaging', 'pricing-with-fees'),
		c('mixed', 'bikin caption jualan', 'caption-structure'),
		c('mixed', 'daftar halal and pirt', 'product-permits'),
		c('mixed', 'pinjol vs kur', 'financing-kur'),
		// Brand names
		c('brand', 'capcut', 'short-vertical-video'),
		c('brand', 'grabfood', 'food-app-join'),
		c('brand', 'shopee ads', 'marketplace-ads-dashboard'),
		c('brand', 'canva', 'brand-look-budget', 'photo-editing-honest'),
		c('brand', 'snapseed', 'photo-editing-honest'),
		c('brand', 'whatsapp business', 'wa-business-account'),
		c('brand', 'facebook marketplace', 'facebook-marketplace-groups'),
		// Whole questions
		c('question', 'how can i stop my whatsapp from being hijacked?', 'account-takeover-otp', 'business-accounts-recovery'),
		c('question', 'do i need a halal certificate to sell snacks?', 'product-permits'),
		c('question', 'why are my products not selling on shopee?', 'marketplace-seo', 'marketplace-titles-keywords', 'marketplace-ads-dashboard'),
		c('question', 'how much should i spend on my first ad?', 'fb-ig-first-ad-search'),
		c('question', 'what is a trademark and do i need one?', 'brand-trademark'),
		c('question', 'how do i pack glass jars so they do not break?', 'delivery-safe-packaging'),
		// Topics the site does not teach
		c('absent', 'build my own online store website'),
		c('absent', 'hiring my first employee'),
		c('absent', 'buy a franchise'),
		c('absent', 'crypto investment'),
		c('absent', 'catfish farming'),
		c('absent', 'employee health insurance'),
	],
};
