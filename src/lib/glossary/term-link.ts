/**
 * The markup a lesson gets where a glossary term is first used: a link to
 * the entry plus a tooltip with the definition. CSS shows the tooltip on
 * hover and on keyboard focus (src/components/glossary/glossary-term.css);
 * `touchScript` adds tap-to-preview and Escape-to-dismiss.
 */

export interface TermLink {
	/** Concept id: the anchor on the glossary page. */
	id: string;
	/** The words as written in the lesson, suffix included. */
	text: string;
	/** URL of the entry on the glossary page, base path included. */
	href: string;
	definition: string;
	/** Language of the definition when it differs from the page's (an untranslated entry). */
	definitionLang?: string | undefined;
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function tooltipId(id: string): string {
	return `glossary-tip-${id}`;
}

export function termLinkHtml(link: TermLink): string {
	const tip = tooltipId(link.id);
	const lang = link.definitionLang ? ` lang="${escapeHtml(link.definitionLang)}"` : '';
	return (
		`<span class="glossary-term">` +
		`<a class="glossary-term__link" href="${escapeHtml(link.href)}" aria-describedby="${tip}">${escapeHtml(link.text)}</a>` +
		`<span class="glossary-term__tip" role="tooltip" id="${tip}"${lang} data-pagefind-ignore>${escapeHtml(link.definition)}</span>` +
		`</span>`
	);
}

/**
 * Inline script code (about 450 bytes), added once to a lesson with term links.
 * A first tap on a term shows its definition instead of leaving the page (a
 * second tap follows the link); Escape hides an open definition (WCAG 1.4.13).
 */
export const touchScriptCode =
	`(()=>{const q='.glossary-term',k='data-dismissed';` +
	`addEventListener('click',e=>{const a=e.target.closest?.(q+'>a');if(a&&e.pointerType=='touch'&&!a.dataset.shown){e.preventDefault();a.dataset.shown=1;a.focus()}});` +
	`addEventListener('focusout',e=>{if(e.target.dataset)delete e.target.dataset.shown});` +
	`addEventListener('keydown',e=>{if(e.key=='Escape')for(const s of document.querySelectorAll(q))s.setAttribute(k,'')});` +
	`for(const v of['focusin','mouseover'])addEventListener(v,e=>e.target.closest?.(q)?.removeAttribute(k))})()`;
