/**
 * The listen button's status words and its note on voices, per language (src/core/i18n/strings/<lang>.listen.ts), apart from ui.ts so that the listen scripts ship only these: the reader shows the
 * status words, the button script loads the note only on a device without a voice. Pages carry neither.
 */
import type { Lang } from '../locales.ts';
import { listenNotice as idNotice, listenStatus as idStatus, type ListenNotice, type ListenStatus } from './strings/id.listen.ts';
import { listenNotice as enNotice, listenStatus as enStatus } from './strings/en.listen.ts';

export type { ListenNotice, ListenStatus };

/** One entry per language of src/core/locales.ts: a language without them is a type error here. */
export const listenStatuses: Record<Lang, ListenStatus> = { id: idStatus, en: enStatus };
export const listenNotices: Record<Lang, ListenNotice> = { id: idNotice, en: enNotice };
