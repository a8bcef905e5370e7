/**
 * The only lab code a page loads eagerly (a few hundred bytes): the island
 * itself (lab-element.ts) is fetched when a lab comes near the viewport, the
 * learner reaches it by pointer or keyboard, or the lab page was opened with
 * settings in its query; tfjs and chart.js only when they press Run. A
 * lesson that embeds the lab stays light.
 */
const load = (): Promise<unknown> =>
	import('./lab-element.ts').catch(() => {
		// Not fetched (offline): nothing remembers the failure, so the next interaction or the connection's return tries again.
		addEventListener('online', () => void load(), { once: true });
	});

for (const lab of document.querySelectorAll('transfer-lab')) {
	const form = lab.querySelector('form');
	// A Run pressed before the island arrived would submit the form and reload the page: hold it and replay it.
	form?.addEventListener('submit', (event) => {
		if (customElements.get('transfer-lab')) return;
		event.preventDefault();
		void load().then(() => {
			if (customElements.get('transfer-lab')) form.requestSubmit();
		});
	});
	// A link with settings (?experiment=…, query.ts) is read by the island: fetch it now, so the form shows them at once.
	if (!lab.getAttribute('data-experiment') && location.search) void load();
	lab.addEventListener('focusin', load, { once: true });
	lab.addEventListener('pointerover', load, { once: true });
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void load();
		},
		{ rootMargin: '200px' },
	);
	observer.observe(lab);
}
