/**
 * How the listen button (src/features/listen/) says numbers, amounts and abbreviations aloud in Bahasa Indonesia. Not
 * UI text but the words a speech engine is given, so a file of its own beside the strings: the reader the button loads
 * on its first press is then the only code that ships them (they would otherwise ride along with `format` into every
 * page that formats a number). Not every language builds numbers the same way, so the shape is a vocabulary plus a
 * few switches (see src/features/listen/speech-text.ts). This file is the source of the shape (`Speech`).
 */
export interface Speech {
	/** BCP 47 tag given to the speech engine; a voice qualifies when its language has the same primary subtag. */
	voiceLang: string;
	/** 0–9. */
	ones: readonly string[];
	/** 10–19. */
	teens: readonly string[];
	/** Tens by digit, 20–90 (0 and 1 unused). */
	tens: readonly string[];
	/** Between tens and ones: "dua puluh satu" / "twenty-one". */
	tensJoin: string;
	/** Hundreds by digit, 100–900 (0 unused): "seratus", "dua ratus" / "one hundred". */
	hundreds: readonly string[];
	/** Before a last part under 100 after a hundred or a thousand: " " / " and " ("one hundred and five"). */
	andJoin: string;
	/** Thousand, million, billion, trillion. */
	scales: readonly string[];
	/** The same scales for exactly one: "seribu", "satu juta" / "one thousand". */
	scalesOne: readonly string[];
	/** Say four-digit years in pairs ("twenty twenty-four"); otherwise a year reads as any number. */
	yearsInPairs: boolean;
	/** In a year said in pairs: 1905 "nineteen oh five", 1900 "nineteen hundred". */
	yearZero: string;
	yearHundred: string;
	/** The decimal mark said aloud ("satu koma lima"); digits after it are said one by one. */
	point: string;
	minus: string;
	percent: string;
	/** Said after an amount in Rupiah. */
	currency: string;
	/** Between the two ends of a range: "5–10 menit". */
	to: string;
	/** "3x", "2 × 3". */
	times: string;
	/** "Rp5.000/botol". */
	per: string;
	/** "=", "+", "&", "≈". */
	equals: string;
	plus: string;
	and: string;
	about: string;
	/** Clock times: "{h}" for 08.00, "{h} {m}" for 09.30 (minutes under ten get `minuteZero` first). */
	timeHour: string;
	timeHourMinute: string;
	minuteZero: string;
	/** Written scale words after a number ("Rp1,5 juta", "20 rb") and the word said for each. */
	scaleWords: Record<string, string>;
	/** Units after a number ("250 gr") and the word said. */
	units: Record<string, string>;
	/** Abbreviations as written (case matters) and how they are said. Keys ending in "." never end a sentence, unless listed in `mayEndSentence`. */
	abbreviations: Record<string, string>;
	/** Abbreviations that can also close a sentence ("…, bawang, dll. Lalu…"): a capital letter after them starts a new one. */
	mayEndSentence: readonly string[];
	/** "No. 3": the word for a number sign before digits. */
	numberSign: string;
}

export const speech: Speech = {
	voiceLang: 'id-ID',
	ones: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
	teens: ['sepuluh', 'sebelas', 'dua belas', 'tiga belas', 'empat belas', 'lima belas', 'enam belas', 'tujuh belas', 'delapan belas', 'sembilan belas'],
	tens: ['', '', 'dua puluh', 'tiga puluh', 'empat puluh', 'lima puluh', 'enam puluh', 'tujuh puluh', 'delapan puluh', 'sembilan puluh'],
	tensJoin: ' ',
	hundreds: ['', 'seratus', 'dua ratus', 'tiga ratus', 'empat ratus', 'lima ratus', 'enam ratus', 'tujuh ratus', 'delapan ratus', 'sembilan ratus'],
	andJoin: ' ',
	scales: ['ribu', 'juta', 'miliar', 'triliun'],
	scalesOne: ['seribu', 'satu juta', 'satu miliar', 'satu triliun'],
	yearsInPairs: false,
	yearZero: '',
	yearHundred: '',
	point: 'koma',
	minus: 'minus',
	percent: 'persen',
	currency: 'rupiah',
	to: 'sampai',
	times: 'kali',
	per: 'per',
	equals: 'sama dengan',
	plus: 'tambah',
	and: 'dan',
	about: 'sekitar',
	timeHour: '{h}',
	timeHourMinute: '{h} lewat {m}',
	minuteZero: '',
	scaleWords: { ribu: 'ribu', rb: 'ribu', juta: 'juta', jt: 'juta', miliar: 'miliar', triliun: 'triliun' },
	units: { kg: 'kilogram', gr: 'gram', g: 'gram', ml: 'mililiter', cm: 'sentimeter', km: 'kilometer', pcs: 'buah' },
	abbreviations: {
		HP: 'ha pe',
		HPP: 'ha pe pe',
		WA: 'we a',
		COD: 'ce o de',
		QRIS: 'kris',
		QR: 'kyu ar',
		UMKM: 'u em ka em',
		UKM: 'u ka em',
		OTP: 'o te pe',
		NIB: 'en i be',
		KTP: 'ka te pe',
		BPOM: 'be pe o em',
		'P-IRT': 'pe i er te',
		DM: 'de em',
		IG: 'i ge',
		PO: 'pe o',
		DP: 'de pe',
		SMS: 'es em es',
		'dll.': 'dan lain-lain',
		'dsb.': 'dan sebagainya',
		'dst.': 'dan seterusnya',
		'mis.': 'misalnya',
		'yg': 'yang',
		'utk': 'untuk',
		'dgn': 'dengan',
		'tdk': 'tidak',
		'vs': 'lawan',
		'vs.': 'lawan',
	},
	mayEndSentence: ['dll.', 'dsb.', 'dst.'],
	numberSign: 'nomor',
};
