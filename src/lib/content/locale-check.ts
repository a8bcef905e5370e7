/**
 * Checks the list of locales (src/lib/locales.ts) before anything uses it:
 * every later step (folders, URLs, sorting, case folding) trusts it.
 */
import type { SiteLocale } from '../locales.ts';
import type { Problem } from './problems.ts';

export const localesFile = 'src/lib/locales.ts';

/** Lowercase letters and digits in hyphen-separated parts: a URL segment and a folder name on every system. */
const codePattern = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/;

/** The canonical form of a BCP 47 tag, or undefined when it is not one. */
function canonicalTag(tag: string): string | undefined {
	try {
		return Intl.getCanonicalLocales(tag)[0];
	} catch {
		return undefined;
	}
}

/**
 * Every mistake in the locale list, naming the entry and field. `source` is
 * the text of src/lib/locales.ts, to give each entry's line.
 */
export function checkLocales(list: readonly SiteLocale[], source = ''): Problem[] {
	const problems: Problem[] = [];
	const lines = source.split('\n');
	/** The line of the `index`-th `code:` in the file. */
	const lineOf = (index: number): number | undefined => {
		let seen = -1;
		const found = lines.findIndex((line) => /\bcode:\s*['"]/.test(line) && ++seen === index);
		return found < 0 ? undefined : found + 1;
	};
	const add = (index: number, field: string, message: string, fix: string) => {
		const line = lineOf(index);
		problems.push({ file: localesFile, ...(line ? { line } : {}), at: `entry ${index + 1} ("${list[index]?.code}"), field "${field}"`, message, fix });
	};
	if (list.length === 0) problems.push({ file: localesFile, message: 'the list of locales is empty', fix: "add the source locale first: { code: 'en', lang: 'en', label: 'English', dir: 'ltr' }" });
	const firstByCode = new Map<string, number>();
	const firstByTag = new Map<string, number>();
	list.forEach((locale, index) => {
		if (typeof locale.code !== 'string' || !codePattern.test(locale.code)) {
			add(index, 'code', `"${locale.code}" cannot name a folder and a URL segment`, 'use 2 to 8 lowercase letters, then optional parts of lowercase letters and digits after hyphens, as in en, tr, pt-br, zh-hans');
		} else if (firstByCode.has(locale.code)) {
			// The whole entry is a repeat: its other fields would only repeat the earlier entry's.
			add(index, 'code', `"${locale.code}" is listed twice (first as entry ${firstByCode.get(locale.code)! + 1})`, 'keep one entry per locale');
			return;
		} else firstByCode.set(locale.code, index);
		const tag = typeof locale.lang === 'string' ? canonicalTag(locale.lang) : undefined;
		if (!tag) add(index, 'lang', `"${locale.lang}" is not a BCP 47 language tag, which browsers, screen readers and Intl need`, 'write the language tag, e.g. en, tr, pt-BR, zh-Hans, ar');
		else if (tag !== locale.lang) add(index, 'lang', `"${locale.lang}" is written unusually`, `write it as "${tag}"`);
		else if (firstByTag.has(tag)) add(index, 'lang', `"${tag}" is already the tag of entry ${firstByTag.get(tag)! + 1}`, 'give each locale its own language tag');
		else firstByTag.set(tag, index);
		if (typeof locale.label !== 'string' || !locale.label.trim()) add(index, 'label', 'the label is empty', 'write the language\'s name in that language, e.g. Deutsch');
		if (locale.dir !== 'ltr' && locale.dir !== 'rtl') add(index, 'dir', `"${String(locale.dir)}" is not a text direction`, "use 'rtl' for right-to-left scripts (Arabic, Hebrew, Persian, Urdu), otherwise 'ltr'");
		if (index === 0 && locale.inProgress) add(index, 'inProgress', 'the first locale is the source every other one falls back to, so it cannot be in progress', 'remove inProgress from it');
	});
	return problems;
}
