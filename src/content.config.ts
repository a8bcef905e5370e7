import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nResourcesLoader } from './integrations/i18n-loader';
import { lessonFrontmatter } from './lib/lesson-schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: lessonFrontmatter }) }),
	i18n: defineCollection({ loader: i18nResourcesLoader(), schema: i18nSchema() }),
};
