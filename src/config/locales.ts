/** Site languages for Starlight: Bahasa Indonesia at the root, English under /en/. */
export const locales = {
	root: { label: 'Bahasa Indonesia', lang: 'id' },
	en: { label: 'English', lang: 'en' },
};
