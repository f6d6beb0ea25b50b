/**
 * Package sizes are known only after the build has zipped them, so pages link
 * to a package with a marker where its size goes; src/features/lms/scorm.ts
 * replaces each marker with the size in the page's language.
 */
export const SIZE_MARKER_PREFIX = '__NK_SIZE[';
export const SIZE_MARKER_PATTERN = /__NK_SIZE\[([^\]]+)\]__/g;
/** Marker for the size of the file at this site URL. */
export const sizeMarker = (url: string) => `${SIZE_MARKER_PREFIX}${url}]__`;
