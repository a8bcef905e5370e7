import { getCollection } from 'astro:content';
import { glossaryFromRecords } from '@/lib/glossary/concept-entries';
import type { Glossary } from '@/lib/glossary/parse';
import { locales, sourceLocale } from '@/lib/locales';

/** The site's glossary, from the `glossary` collection, for the pages that show its entries. */
export async function siteGlossary(): Promise<Glossary> {
	const tags = Object.fromEntries(locales.map((l) => [l.code, l.lang]));
	return glossaryFromRecords((await getCollection('glossary')).map((entry) => entry.data), sourceLocale.code, tags);
}
