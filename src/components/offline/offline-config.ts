import type { OfflineConfig } from '../../lib/offline/client-config';
import { interpolate } from '../../lib/trainer-session/interpolate';

/** The page's offline settings and strings (the JSON script src/components/Head.astro renders). */
export function readOfflineConfig(): OfflineConfig {
	const script = document.getElementById('offline-config');
	if (!script?.textContent) throw new Error('offline: the page has no #offline-config script');
	return JSON.parse(script.textContent) as OfflineConfig;
}

export function offlineText(config: OfflineConfig, key: string, values?: Readonly<Record<string, string | number>>): string {
	const template = config.strings[key];
	if (template === undefined) throw new Error(`offline: no string "${key}" on the page`);
	return values ? interpolate(template, values) : template;
}
