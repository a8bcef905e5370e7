import type { APIRequestContext } from '@playwright/test';

/**
 * Follows every local link and asset reference (`href`, `src`) of the HTML
 * pages reachable from `start`, staying on its origin; lists each one that
 * does not load and each that leaves `scope` (a path prefix).
 */
export async function crawl(request: APIRequestContext, start: string, scope: string): Promise<{ broken: string[]; pages: number }> {
	const origin = new URL(start).origin;
	const queue = [start];
	const seen = new Set(queue);
	const broken: string[] = [];
	let pages = 0;
	while (queue.length > 0) {
		const url = queue.shift()!;
		const response = await request.get(url);
		if (!response.ok()) {
			broken.push(`${url} → ${response.status()}`);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		pages++;
		const html = await response.text();
		for (const match of html.matchAll(/\s(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
			const raw = match[1]!.replaceAll('&amp;', '&');
			const target = new URL(raw, url);
			if (target.origin !== origin) continue;
			target.search = '';
			if (!target.pathname.startsWith(scope)) {
				broken.push(`${url} links outside ${scope}: ${raw}`);
				continue;
			}
			if (!seen.has(target.href)) {
				seen.add(target.href);
				queue.push(target.href);
			}
		}
	}
	return { broken, pages };
}
