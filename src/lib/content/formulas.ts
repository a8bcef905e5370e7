/**
 * Formulas (`$…$`, `$$…$$`) as the site renders them: MathML from KaTeX at
 * build time. The Markdown plugin renders with `formulaMathml`, and the
 * content check tries every formula with it before Astro starts, so the two
 * agree on what is valid: a formula KaTeX cannot read would otherwise leave
 * a Markdown page empty or stop an MDX page with a stack trace.
 */
import katex from 'katex';

/**
 * Each translation repeats its lesson's formulas word for word, and the
 * check renders what the build renders again, so a formula is rendered once
 * per build and reused (the map holds one string per distinct formula).
 */
const mathml = new Map<string, string>();

export function formulaMathml(tex: string, display: boolean): string {
	const key = `${display ? 'display' : 'inline'}\0${tex}`;
	let html = mathml.get(key);
	if (html === undefined) {
		html = katex.renderToString(tex, { output: 'mathml', displayMode: display });
		// A display formula wider than a phone scrolls sideways (src/styles/site.css);
		// a scrolling region must be reachable by keyboard, as Starlight's code blocks are.
		if (display) html = html.replace('<math ', '<math tabindex="0" ');
		mathml.set(key, html);
	}
	return html;
}

/** Why KaTeX cannot render a formula, and where in its text (a character index) when it knows. */
export interface FormulaError {
	message: string;
	position?: number;
}

export function formulaError(tex: string, display: boolean): FormulaError | undefined {
	try {
		formulaMathml(tex, display);
		return undefined;
	} catch (error) {
		if (error instanceof katex.ParseError) return { message: error.rawMessage, ...(error.position === undefined ? {} : { position: error.position }) };
		return { message: (error as Error).message };
	}
}
