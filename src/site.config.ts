/**
 * The one place a course site sets its identity: title, description, logo
 * and the colours an installed app shows.
 * Texts are per locale code; a locale without its own falls back to English.
 */
export const siteIdentity = {
	title: { en: 'Transfer Learning Trainer', tr: 'Öğrenme Aktarması Eğitmeni' } as Record<string, string>,
	/** Where the full title does not fit: under an installed app's icon, and in the header on phones and narrow windows (keep it under about 18 characters). */
	shortTitle: { en: 'Transfer Trainer', tr: 'Aktarma Eğitmeni' } as Record<string, string>,
	description: {
		en: 'Learn when and how to reuse a trained neural network: lessons, in-browser experiments and spaced-repetition drills.',
		tr: 'Eğitilmiş bir sinir ağının ne zaman ve nasıl yeniden kullanılacağını öğrenin: dersler, tarayıcıda deneyler ve aralıklı tekrar alıştırmaları.',
	} as Record<string, string>,
	/** Path from the project root; shown beside the title, so it carries no alt text of its own. */
	logo: './src/assets/logo.svg',
	/** An installed app's title bar and splash screen. */
	themeColor: '#2563eb',
	backgroundColor: '#ffffff',
};

/**
 * What `npm run package:scorm` tells a course platform (see
 * docs/course-platforms.md): the packages' file name, and the rule for
 * "completed". Title, description and languages come from above and from
 * src/lib/locales.ts.
 */
export const coursePlatform = {
	/** dist-scorm/<name>-scorm12.zip and <name>-scorm2004.zip; also the manifest's identifier. */
	name: 'transfer-learning-trainer',
	completion: {
		/** Every lesson opened at least once, in either language. */
		everyLesson: true,
		/** Decks (ids in quizzes/) whose every card the learner has answered at least once. */
		decks: ['transfer-learning'],
	},
};
