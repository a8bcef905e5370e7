import { z } from 'astro/zod';
import { sourceHashFormatMessage, sourceHashPattern } from './i18n-status/hash-format.ts';

/**
 * Frontmatter our lessons add to Starlight's own: which quiz cards drill the
 * lesson, so the lesson can end with a link into the trainer; in a
 * translation, the hash of the English file it was made from.
 */
export const lessonFrontmatter = z.object({
	/** Id of the trainer deck whose cards drill this lesson. */
	deck: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens').optional(),
	/** Set by translators: `npm run i18n:status` reports the translation as outdated once the English file changes. */
	sourceHash: z.string().regex(sourceHashPattern, sourceHashFormatMessage).optional(),
});
