/** The business book on this device, through the versioned device store (see book.ts). */
import { deviceStore } from '../../core/device-store.ts';
import { deviceStorage } from '../progress/progress-store.ts';
import { BOOK_KIND, newEntryId, type Book } from './book.ts';

export const bookStore = deviceStore(BOOK_KIND, deviceStorage);

/** A new entry id for this book, now. */
export const entryId = (book: Book, salt = 0) => newEntryId(book, Date.now(), salt);
