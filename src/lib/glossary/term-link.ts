/**
 * The markup a lesson gets where a glossary term is first used: a link to
 * the entry plus a tooltip with the definition. CSS shows the tooltip on
 * hover and on keyboard focus (src/components/glossary/glossary-term.css);
 * `touchScript` adds tap-to-preview and Escape-to-dismiss.
 *
 * The Markdown pipeline writes only a reference (`termRefHtml`): the link
 * with its concept and the lesson's locale. The page fills in the tooltip
 * and the script as it renders (`expandTermRefs`), so the definitions are
 * not kept, once per use, in the stored HTML of every lesson that Astro
 * carries through the build.
 */
import type { Glossary } from './parse.ts';
import { entryFor } from './view.ts';

export interface TermRef {
	/** Concept id: the anchor on the glossary page. */
	id: string;
	/** Locale of the lesson: the definition is shown in it when it has one. */
	locale: string;
	/** The words as written in the lesson, suffix included. */
	text: string;
	/** URL of the entry on the glossary page, base path included. */
	href: string;
}

export interface TermTip {
	definition: string;
	/** Language of the definition when it differs from the lesson's (an untranslated entry). */
	lang?: string | undefined;
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function tooltipId(id: string): string {
	return `glossary-tip-${id}`;
}

export function termRefHtml(ref: TermRef): string {
	return `<a class="glossary-term__link" href="${escapeHtml(ref.href)}" data-term="${escapeHtml(ref.id)}" data-term-locale="${escapeHtml(ref.locale)}">${escapeHtml(ref.text)}</a>`;
}

/** A reference as termRefHtml writes it, and as MDX renders the same element (attributes in order, text escaped). */
const termRef = /<a class="glossary-term__link" href="([^"]*)" data-term="([^"]*)" data-term-locale="([^"]*)">([^<]*)<\/a>/g;

/**
 * `html` with each term reference made a term link with its tooltip, and
 * the touch script after them when there was one. A reference to a concept
 * `tipOf` does not know stays a plain link to the glossary.
 */
export function expandTermRefs(html: string, tipOf: (id: string, locale: string) => TermTip | undefined): string {
	let expanded = false;
	const result = html.replace(termRef, (_ref, href: string, id: string, locale: string, text: string) => {
		const tip = tipOf(id, locale);
		if (!tip) return `<a class="glossary-term__link" href="${href}">${text}</a>`;
		expanded = true;
		const tipId = tooltipId(id);
		const lang = tip.lang ? ` lang="${escapeHtml(tip.lang)}"` : '';
		return (
			`<span class="glossary-term">` +
			`<a class="glossary-term__link" href="${href}" aria-describedby="${tipId}">${text}</a>` +
			`<span class="glossary-term__tip" role="tooltip" id="${tipId}"${lang} data-pagefind-ignore>${escapeHtml(tip.definition)}</span>` +
			`</span>`
		);
	});
	return expanded ? `${result}<script>${touchScriptCode}</script>` : result;
}

/** Tooltips from the glossary: the entry in the lesson's locale, or the source locale's, marked with its language. */
export function glossaryTips(glossary: Glossary): (id: string, locale: string) => TermTip | undefined {
	return (id, locale) => {
		if (!glossary.entries.get(glossary.sourceLocale)?.has(id)) return undefined;
		const { textLocale, entry } = entryFor(glossary, id, locale);
		return { definition: entry.definition, lang: textLocale === locale ? undefined : glossary.tags[textLocale] };
	};
}

/**
 * Inline script code (about 450 bytes), added once to a page with term links.
 * A first tap on a term shows its definition instead of leaving the page (a
 * second tap follows the link); Escape hides an open definition (WCAG 1.4.13).
 */
export const touchScriptCode =
	`(()=>{const q='.glossary-term',k='data-dismissed';` +
	`addEventListener('click',e=>{const a=e.target.closest?.(q+'>a');if(a&&e.pointerType=='touch'&&!a.dataset.shown){e.preventDefault();a.dataset.shown=1;a.focus()}});` +
	`addEventListener('focusout',e=>{if(e.target.dataset)delete e.target.dataset.shown});` +
	`addEventListener('keydown',e=>{if(e.key=='Escape')for(const s of document.querySelectorAll(q))s.setAttribute(k,'')});` +
	`for(const v of['focusin','mouseover'])addEventListener(v,e=>e.target.closest?.(q)?.removeAttribute(k))})()`;
