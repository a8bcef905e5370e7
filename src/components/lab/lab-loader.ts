/**
 * The only lab code a page loads eagerly (a few hundred bytes): the island
 * itself (lab-element.ts) is fetched when a lab comes near the viewport, the
 * learner reaches it by pointer or keyboard, or the lab page was opened with
 * settings in its query, and the lab's offline status with it; tfjs and
 * chart.js only when they press Run. A
 * lesson that embeds the lab stays light: its lab's body waits in a
 * <template> (Lab.astro) and joins the page at the same moment.
 */
import { loadFailure } from '../offline/load-failure';
import { showReplacedNotice } from './replaced-notice';

const load = (): Promise<unknown> =>
	import('./lab-element.ts').catch(async () => {
		if ((await loadFailure()) === 'offline') {
			// Nothing remembers the failure, so the next interaction or the connection's return tries again.
			addEventListener('online', () => void load(), { once: true });
			return;
		}
		// The site answers: the page was left open over an update, and only a reload brings the lab.
		for (const lab of document.querySelectorAll('transfer-lab')) showReplacedNotice(lab);
	});

/** A Run pressed before the island arrived would submit the form and reload the page: hold it and replay it. */
function holdRun(lab: Element): void {
	const form = lab.querySelector('form');
	form?.addEventListener('submit', (event) => {
		if (customElements.get('transfer-lab')) return;
		event.preventDefault();
		void load().then(() => {
			if (customElements.get('transfer-lab')) form.requestSubmit();
		});
	});
}

/** Puts a lesson's lab body into the page, the first time it is called. */
function reveal(lab: Element): void {
	const body = lab.querySelector(':scope > template[data-part="body"]');
	if (!(body instanceof HTMLTemplateElement)) return;
	body.replaceWith(body.content);
	holdRun(lab);
}

for (const lab of document.querySelectorAll('transfer-lab')) {
	const start = () => {
		reveal(lab);
		void load();
		// The lab's offline status (under its Run button, with a lesson's lab in its body) loads with the lab:
		// a page read without reaching its lab never loads that code.
		if (import.meta.env.PROD && 'serviceWorker' in navigator && lab.querySelector('lab-offline')) void import('../offline/lab-offline');
	};
	// The lab page's lab is in the page already; a lesson's is revealed with the island.
	if (!lab.querySelector(':scope > template')) holdRun(lab);
	// A link with settings (?experiment=…, query.ts) is read by the island: fetch it now, so the form shows them at once.
	if (!lab.getAttribute('data-experiment') && location.search) start();
	lab.addEventListener('focusin', start, { once: true });
	lab.addEventListener('pointerover', start, { once: true });
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			start();
		},
		{ rootMargin: '200px' },
	);
	observer.observe(lab);
}
