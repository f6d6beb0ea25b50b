/**
 * The listen button's status words and its note on voices in Bahasa Indonesia (src/features/listen/): apart from
 * ./id.ts, so that the listen scripts ship only these (src/core/i18n/listen-words.ts), not every UI string, and pages
 * need not repeat them. Every language has one (<lang>.listen.ts, registered in listen-words.ts).
 */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const listenStatus = {
	pause: 'Jeda',
	resume: 'Lanjutkan',
	reading: 'Sedang membacakan.',
	paused: 'Dijeda.',
	done: 'Selesai dibacakan.',
	stopped: 'Berhenti membacakan.',
	nothing: 'Belum ada teks untuk dibacakan.',
	failed: 'Suara tidak bisa diputar. Coba lagi.',
};
export const listenNotice = {
	noVoice: 'Tombol Dengarkan butuh suara bahasa Indonesia di HP ini, dan suara itu belum ada.',
	howToAddTitle: 'Cara menambahkan suara',
	howToAdd: 'Cara menambahkannya di Android: buka Setelan, cari “text-to-speech” (output teks ke ucapan), pilih mesin Google (Layanan Ucapan oleh Google), buka pengaturannya, lalu pasang data suara bahasa Indonesia. Sesudah terpasang, suara itu bekerja tanpa internet. Lalu buka lagi halaman ini.',
	noSpeech: 'Browser ini tidak bisa membacakan teks, jadi tombol Dengarkan tidak muncul.',
};

export type ListenStatus = Shape<typeof listenStatus>;
export type ListenNotice = Shape<typeof listenNotice>;
