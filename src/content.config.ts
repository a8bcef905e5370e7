import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentLoaders } from './integrations/content-loaders-shared';
import type { Deck } from './lib/decks/types';
import type { ConceptRecord } from './lib/glossary/concept-entries';
import type { LocaleStatus } from './lib/i18n-status/report';
import { lessonFrontmatter } from './lib/lesson-schema';

const { decksLoader, glossaryLoader, i18nResourcesLoader, lessonsLoader, translationStatusLoader } = await contentLoaders();

/**
 * Lessons are Starlight's `docs`; everything else the pages show comes from
 * the same checked read of content/, quizzes/ and src/i18n/
 * (src/integrations/site-content.ts), through these collections.
 */
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: lessonFrontmatter }) }),
	i18n: defineCollection({ loader: i18nResourcesLoader(), schema: i18nSchema() }),
	lessons: defineCollection({
		loader: lessonsLoader(),
		schema: z.custom<{ locale: string; lesson: string; file: string; title: string; headings: string[]; deck?: string }>(),
	}),
	glossary: defineCollection({ loader: glossaryLoader(), schema: z.custom<ConceptRecord>() }),
	decks: defineCollection({ loader: decksLoader(), schema: z.custom<{ order: number; deck: Deck }>() }),
	translationStatus: defineCollection({ loader: translationStatusLoader(), schema: z.custom<{ order: number; sourceLocale: string; status: LocaleStatus }>() }),
};
