/**
 * UI text of our own components: one strings file per language in ./strings/ (Indonesian is the source and defines
 * the shape; every other file is typed by it, so a missing or misspelt key is a type error in that file, and
 * ui.test.ts names any key missing or extra at run time). Components read `t(lang).lesson.minutes`.
 */
import type { Lang } from '../locales.ts';
import id, { format as idFormat, type Format, type Strings } from './strings/id.ts';
import en, { format as enFormat } from './strings/en.ts';

export type { Format, Strings };

/** One entry per language of src/core/locales.ts: a language without a strings file is a type error here. */
export const ui: Record<Lang, Strings> = { id, en };
export const t = (lang: Lang): Strings => ui[lang];

/** Number, size and date words per language; kept apart from `ui` so browser scripts that format ship only these. */
export const formats: Record<Lang, Format> = { id: idFormat, en: enFormat };
