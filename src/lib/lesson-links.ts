/**
 * Lessons link to each other by file path (`../regularization/dropout.md`),
 * which editors and Git hosts can follow. At build time such a link becomes
 * the page URL under the site's base path, so it stays right wherever a
 * course hosts the site. A link to a file that does not exist is an error.
 */
import { isLessonFile, lessonId, lessonUrl } from './content/lesson-path.ts';
import { normalisePath } from './normalise-path.ts';

export type LinkResolution = { kind: 'lesson'; url: string } | { kind: 'other' } | { kind: 'missing'; target: string };

/**
 * Resolves `href` as written in the lesson `from` (both relative to
 * `content/`). `exists` tells whether a file under `content/` exists. A
 * lesson not yet translated still resolves when the source locale has it,
 * since the site serves the source text at that locale's URL.
 */
export function resolveLessonLink(
	from: string,
	href: string,
	base: string,
	exists: (file: string) => boolean,
	sourceLocale = 'en',
): LinkResolution {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return { kind: 'other' };
	const [pathPart = '', hash] = href.split('#', 2) as [string, string | undefined];
	if (!isLessonFile(pathPart)) return { kind: 'other' };
	const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
	const target = normalisePath(`${dir}/${decodeURI(pathPart)}`);
	if (target === undefined) return { kind: 'missing', target: pathPart };
	const inSource = target.replace(/^[^/]+\//, `${sourceLocale}/`);
	if (!exists(target) && !exists(inSource)) return { kind: 'missing', target };
	const slash = target.indexOf('/');
	const page = lessonUrl(base, target.slice(0, slash), lessonId(target.slice(slash + 1)));
	return { kind: 'lesson', url: `${page}${hash ? `#${hash}` : ''}` };
}

/** Prefixes a root-relative site link (`/en/trainer/`) with the base path. */
export function withBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
