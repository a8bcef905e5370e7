/**
 * An inline script for every page's <head>, run before Starlight's own
 * scripts. In a frame on another site whose storage the browser refuses,
 * merely reading `localStorage` or `sessionStorage` throws, which stops
 * Starlight's theme and sidebar scripts. The script puts a storage that
 * lives only as long as the page in their place, so those scripts work
 * (a chosen theme is simply not remembered). Elsewhere it changes nothing.
 */
export const storageFallbackScript = `(() => {
	for (const name of ['localStorage', 'sessionStorage']) {
		try {
			window[name];
		} catch {
			const items = new Map();
			Object.defineProperty(window, name, {
				configurable: true,
				value: {
					get length() { return items.size; },
					key: (index) => [...items.keys()][index] ?? null,
					getItem: (key) => items.get(String(key)) ?? null,
					setItem: (key, value) => void items.set(String(key), String(value)),
					removeItem: (key) => void items.delete(String(key)),
					clear: () => items.clear(),
				},
			});
		}
	}
})();`;
