/**
 * The format of the `sourceHash` a translation records (lesson frontmatter,
 * glossary entries, deck texts). Kept free of Node imports so the content
 * schemas can share it.
 */

/** 12 lowercase hex digits: short enough to copy by hand, 48 bits against accidental matches. */
export const sourceHashPattern = /^[0-9a-f]{12}$/;

export const sourceHashFormatMessage = 'expected the 12-character hash that `npm run i18n:status` prints (digits and a-f)';
