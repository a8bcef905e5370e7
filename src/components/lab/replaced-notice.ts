import { reloadButton } from '../offline/load-failure';

/**
 * Says in a lab's alert that the site has a new version and this page's
 * build can no longer load the lab (../offline/load-failure.ts), with the
 * button that reloads into it. The loader shows it when the island's code
 * is gone, the island when the code of a run is: the strings come from the
 * lab's config, which is in the page before either.
 */
export function showReplacedNotice(lab: Element): void {
	const error = lab.querySelector<HTMLElement>('[data-part="error"]');
	const config = lab.querySelector('[data-part="config"]')?.textContent;
	if (!error || !config) return;
	const { strings } = JSON.parse(config) as { strings: Record<string, string> };
	const text = (key: string) => {
		const found = strings[key];
		if (found === undefined) throw new Error(`lab: no string "${key}" in src/i18n/<locale>/lab.json`);
		return found;
	};
	error.replaceChildren(text('lab.error.replaced'), ' ', reloadButton(text('lab.reload')));
	error.hidden = false;
}
