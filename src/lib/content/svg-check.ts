import sax from 'sax';

/**
 * Where and why an SVG figure's text is not a well-formed SVG document, or
 * undefined when it is. Astro copies a figure as it is, so a broken one
 * would ship as a broken image with the build passing.
 */
export function svgProblem(text: string): { line: number; message: string } | undefined {
	const parser = sax.parser(true);
	let problem: { line: number; message: string } | undefined;
	let root: string | undefined;
	parser.onopentag = (tag) => {
		root ??= tag.name;
	};
	parser.onerror = (error) => {
		// sax's message carries its own position lines; the first line says what is wrong.
		problem = { line: parser.line + 1, message: error.message.split('\n')[0]!.toLowerCase() };
		throw error;
	};
	try {
		parser.write(text).close();
	} catch {
		return problem;
	}
	if (root !== 'svg') return { line: 1, message: root ? `the document is <${root}>, not <svg>` : 'the file has no <svg> element' };
	return undefined;
}
