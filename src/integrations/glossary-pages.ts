import { getCollection } from 'astro:content';

export interface LessonPage {
	/** `<locale>/<lesson>` as Starlight's docs collection names it. */
	id: string;
	title: string;
}

/** Starlight names `content/en/regularization/index.md` `en/regularization`. */
function lessonKey(id: string): string {
	return id.replace(/\/index$/, '');
}

/** The lessons as the glossary pages link to them: known from Starlight's `docs` collection, with their titles. */
export async function lessonPages(): Promise<Map<string, LessonPage>> {
	const docs = await getCollection('docs');
	return new Map(docs.map((doc) => [lessonKey(doc.id), { id: lessonKey(doc.id), title: doc.data.title }]));
}
