/**
 * A course package is served wherever the platform puts it, often at a deep
 * path chosen at upload time (`/pluginfile.php/123/mod_scorm/content/4/`).
 * The site is built with a placeholder base path, and every built file is
 * then rewritten so that no reference names the placeholder: HTML and CSS
 * get a path relative to their own folder; JavaScript, whose strings are
 * resolved against the page or worker that runs it rather than the file,
 * gets the package root computed at run time from its own URL.
 */

export const PLACEHOLDER_BASE = '/__course_package_root__/';

const escaped = PLACEHOLDER_BASE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The placeholder base, with the build's site origin when Astro wrote an absolute URL (canonical links, alternates). */
const anchored = new RegExp(`(?:https?://[^/"'\\s]+)?${escaped}`, 'g');

/** `../` once per folder between a file and the package root (`en/glossary/index.html` → `../../`), `./` at the root. */
export function prefixToRoot(pathInPackage: string): string {
	const depth = pathInPackage.split('/').length - 1;
	return depth === 0 ? './' : '../'.repeat(depth);
}

/** HTML and CSS: every placeholder becomes the way up from the file's folder. */
export function relativiseMarkup(text: string, pathInPackage: string): string {
	return text.replace(anchored, prefixToRoot(pathInPackage));
}

/**
 * JavaScript: an expression for the package root from the script's own URL
 * (every script is an ES module, in pages and workers alike).
 */
function rootExpression(pathInPackage: string): string {
	return `new URL(${JSON.stringify(prefixToRoot(pathInPackage))},import.meta.url).pathname`;
}

/**
 * Rewrites string literals that start with the placeholder; one placed
 * anywhere else in a string (which no build writes today) is refused, as
 * a rewritten package that still points outside itself would be.
 */
export function relativiseScript(text: string, pathInPackage: string): string {
	const root = rootExpression(pathInPackage);
	const rewritten = text
		.replaceAll(`\`${PLACEHOLDER_BASE}`, `\`\${${root}}`)
		.replace(new RegExp(`(["'])${escaped}((?:(?!\\1)[^\\\\\\n]|\\\\.)*)\\1`, 'g'), (_match, quote: string, rest: string) => `(${root}+${quote}${rest}${quote})`);
	if (rewritten.includes(PLACEHOLDER_BASE)) throw new Error(`${pathInPackage}: the base path appears where it cannot be made relative`);
	return rewritten;
}

/** Which rewrite a file needs, by its name; undefined for files that carry no paths (images, wasm, fonts, the search index). */
export function rewriterFor(pathInPackage: string): ((text: string, path: string) => string) | undefined {
	if (/\.(html|css|webmanifest|svg)$/.test(pathInPackage)) return relativiseMarkup;
	if (/\.m?js$/.test(pathInPackage)) return relativiseScript;
	return undefined;
}
