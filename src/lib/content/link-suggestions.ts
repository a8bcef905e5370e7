// What a broken lesson link most likely meant, for the build's message.
import type { LessonLink } from './lesson-body.ts';
import { relativeLink } from './relative-link.ts';
import { nearestField } from './schema-fields.ts';

/** Dashes that look like a hyphen (U+2010–2015, the minus sign): typed or pasted into an id, they make it another id. */
const LOOK_ALIKE_HYPHENS = /[\u2010-\u2015\u2212]/g;

/** The heading id an anchor most likely meant: the same id once look-alike dashes are hyphens, or one or two typing slips away. */
export function nearestAnchor(anchor: string, anchors: ReadonlySet<string>): string | undefined {
	const plain = anchor.replace(LOOK_ALIKE_HYPHENS, '-');
	if (anchors.has(plain)) return plain;
	return nearestField(plain, [...anchors]);
}

/**
 * The message for a link to a lesson file that does not exist. It names
 * what most likely went wrong: backslashes (a path copied from Windows),
 * a slip in the file's name, or a lesson that lives in another folder.
 * `files` are the lessons' paths under `content/`; a lesson of the source
 * locale counts in every locale, as the link check counts it.
 */
export function missingFileProblem(link: LessonLink, target: string, from: string, files: ReadonlySet<string>, sourceLocale: string): { link: LessonLink; message: string; fix: string } {
	const message = `the link "${link.url}" points to content/${target}, which does not exist`;
	if (link.url.includes('\\')) return { link, message: `${message}: links separate folders with "/", not "\\"`, fix: `write "${link.url.replaceAll('\\', '/')}"` };
	const meant = meantLesson(target, from, files, sourceLocale);
	if (!meant) return { link, message, fix: 'link to an existing lesson file, by its path relative to this file (e.g. ../regularization/index.mdx#dropout)' };
	const hash = link.url.includes('#') ? `#${link.url.split('#')[1]}` : '';
	const written = `${relativeLink(from, meant)}${hash}`;
	return { link, message: `${message}; did you mean "${written}"?`, fix: `write "${written}"` };
}

/**
 * The lesson (a path under `content/`, in the linking file's locale) a link
 * to `target` most likely meant: the one a slip or two away in its path, or
 * else the only one with the same file name. Names shorter than five
 * letters are too alike to guess at.
 */
function meantLesson(target: string, from: string, files: ReadonlySet<string>, sourceLocale: string): string | undefined {
	const locale = from.slice(0, from.indexOf('/'));
	const inLocale = (file: string, code: string) => (file.startsWith(`${code}/`) ? file.slice(code.length + 1) : undefined);
	const self = inLocale(from, locale);
	const paths = [...new Set([...files].flatMap((file) => inLocale(file, locale) ?? inLocale(file, sourceLocale) ?? []))].filter((path) => path !== self);
	const wanted = inLocale(target, locale) ?? target;
	const name = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx?$/, '');
	if (name(wanted).length < 5) return undefined;
	const meant = nearestField(wanted, paths) ?? onlyOne(paths.filter((path) => name(path) === name(wanted)));
	return meant === undefined ? undefined : `${locale}/${meant}`;
}

const onlyOne = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
