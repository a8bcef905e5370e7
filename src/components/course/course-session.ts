/**
 * The course session inside a platform: opens the SCORM session, shows the
 * site in a frame (where the learner left off, or the start page), marks
 * each lesson page the frame shows as opened, follows the trainer's store
 * for studied decks and the score, and reports to the platform.
 * Commits happen when completion or the score changes, when the page is
 * hidden, and on leaving (with the session time); never on a page view alone.
 * Links to other sites open in a new tab (outside-links.ts says why).
 */
import type { FoundApi } from '../../lib/course/api-discovery';
import { leavesPackage } from '../../lib/course/outside-links';
import { isComplete, lessonOfPage, recallScore, studiedDecks, type CourseOutline } from '../../lib/course/completion';
import { decodeProgress, encodeProgress } from '../../lib/course/progress-state';
import { ScormSession } from '../../lib/course/scorm-session';
import { browserTimeZone } from '../../lib/srs/learner-clock';
import { openTrainerStore } from '../../lib/storage/trainer-store';

const TRAINER_PAUSE_MS = 2000;

/** A stored location is a path inside the package under a locale; anything else starts over. */
function resumePath(outline: CourseOutline, location: string): string {
	const [locale] = location.split('/');
	return /^[\w\-/]*\/$/.test(location) && !location.includes('..') && outline.locales.includes(locale ?? '') ? location : '';
}

/** The frame's address; undefined when it shows a page of another origin, whose location cannot be read. */
function shownLocation(frame: HTMLIFrameElement): Location | undefined {
	try {
		const shown = frame.contentWindow?.location;
		return shown?.href ? shown : undefined;
	} catch {
		return undefined;
	}
}

/** Marks a link to another site, as it is followed, to open in a new tab; pages and links the site adds later are covered too. */
function openOutsideInNewTab(page: Document): void {
	page.addEventListener(
		'click',
		(event) => {
			const link = (event.target as Element | null)?.closest?.('a[href]');
			if (!link || !leavesPackage(link.getAttribute('href') ?? '', link.baseURI, location.origin)) return;
			link.setAttribute('target', '_blank');
			link.setAttribute('rel', 'noopener');
		},
		true,
	);
}

export async function startCourseSession(found: FoundApi): Promise<void> {
	const outline = JSON.parse(document.getElementById('course-outline')?.textContent ?? '{}') as CourseOutline;
	const session = new ScormSession(found);
	const stored = session.start();
	if (!stored) {
		location.replace('../');
		return;
	}
	const root = new URL('../', location.href);
	const progress = decodeProgress(stored.suspendData, outline.lessons, outline.rule.decks);
	let where = resumePath(outline, stored.location);
	let score: number | undefined;

	const report = (): void => {
		session.saveProgress(encodeProgress(progress, session.suspendDataLimit), where);
		if (session.report(isComplete(outline, progress), score)) session.commit();
	};

	const frame = document.createElement('iframe');
	frame.title = document.title;
	frame.src = new URL(where, root).href;
	frame.addEventListener('load', () => {
		const shown = shownLocation(frame);
		if (!shown?.href.startsWith(root.href)) return;
		if (frame.contentDocument) openOutsideInNewTab(frame.contentDocument);
		where = decodeURIComponent(shown.pathname.slice(root.pathname.length));
		frame.title = frame.contentDocument?.title || document.title;
		const lesson = lessonOfPage(outline, where);
		if (lesson) progress.lessons.add(lesson);
		report();
	});
	document.getElementById('course')!.append(frame);

	const timeZone = browserTimeZone();
	const store = await openTrainerStore().catch(() => undefined);
	const readTrainer = async (): Promise<void> => {
		if (!store) return;
		const { records, settings } = await store.load(new Date(), timeZone);
		for (const deck of studiedDecks(outline, records)) progress.decks.add(deck);
		score = recallScore(outline, records, settings, new Date());
		report();
	};
	await readTrainer().catch(() => undefined);
	// A session writes after every answer: look again once the learner pauses, not on each one.
	let pause: ReturnType<typeof setTimeout> | undefined;
	store?.onExternalChange(() => {
		clearTimeout(pause);
		pause = setTimeout(() => void readTrainer().catch(() => undefined), TRAINER_PAUSE_MS);
	});

	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') session.commit();
	});
	addEventListener('pagehide', () => {
		session.saveProgress(encodeProgress(progress, session.suspendDataLimit), where);
		session.finish();
		store?.close();
	});
}
