import { z } from 'astro/zod';

/**
 * Frontmatter our lessons add to Starlight's own: which quiz cards drill the
 * lesson, so the lesson can end with a link into the trainer.
 */
export const lessonFrontmatter = z.object({
	/** Id of the trainer deck whose cards drill this lesson. */
	deck: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens').optional(),
});
