/**
 * How numbers, amounts and abbreviations are said aloud, per language (src/core/i18n/strings/<lang>.speech.ts), for the
 * listen button's reader. A module of its own, apart from ui.ts, so that only the reader loads these words.
 */
import type { Lang } from '../locales.ts';
import { speech as id, type Speech } from './strings/id.speech.ts';
import { speech as en } from './strings/en.speech.ts';

export type { Speech };

/** One entry per language of src/core/locales.ts: a language without a speech file is a type error here. */
export const speeches: Record<Lang, Speech> = { id, en };
