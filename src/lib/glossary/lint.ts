import { CONVENTIONS } from './conventions.ts';
import { phraseFinder, type Phrase, type PhraseFinder } from './match.ts';
import { glossaryTag, type Glossary } from './parse.ts';

/**
 * The terminology check behind `npm run lint:terms`: finds, in a lesson's
 * Markdown, each non-canonical variant the glossary lists for the lesson's
 * locale. Code, math, URLs and markup are not prose and are never flagged.
 */

export interface Variant {
	id: string;
	canonical: string;
}

export interface TermProblem {
	line: number;
	/** The text as written in the lesson, suffix included. */
	found: string;
	id: string;
	canonical: string;
}

/** A finder for every alternative the glossary lists in `locale`, and the locale's wording conventions (conventions.ts). */
export function variantFinder(glossary: Glossary, locale: string): PhraseFinder<Variant> {
	const phrases: Phrase<Variant>[] = [];
	for (const entry of glossary.entries.get(locale)?.values() ?? []) {
		for (const alternative of entry.alternatives) phrases.push({ text: alternative, value: { id: entry.id, canonical: entry.term } });
	}
	for (const convention of CONVENTIONS[locale] ?? []) phrases.push({ text: convention.text, value: { id: 'convention', canonical: convention.use } });
	return phraseFinder(phrases, glossaryTag(glossary, locale));
}

function blank(text: string): string {
	return text.replace(/[^\n]/g, ' ');
}

/** Blanks the blocks that start and end with a fence line (``` or ~~~ code, $$ math). */
function maskFencedBlocks(source: string): string {
	const lines = source.split('\n');
	let fence: RegExp | undefined;
	return lines
		.map((line) => {
			if (fence) {
				if (fence.test(line)) fence = undefined;
				return blank(line);
			}
			const opening = /^ {0,3}(`{3,}|~{3,}|\$\$)/.exec(line);
			if (!opening) return line;
			const marker = opening[1]!;
			const closesOnSameLine = marker === '$$' && line.trim().length > 2 && line.trim().endsWith('$$');
			if (!closesOnSameLine) {
				fence = marker === '$$' ? /^\s*\$\$\s*$/ : new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
			}
			return blank(line);
		})
		.join('\n');
}

/** Inline spans that are not prose: code, math, link targets, tags, comments, MDX imports, heading ids. */
const inlineNonProse = [
	/(`+)[\s\S]*?\1/g,
	/\$[^$\n]+\$/g,
	/<!--[\s\S]*?-->/g,
	/\]\([^)\n]*\)/g,
	/^\s*\[[^\]\n]+\]:.*$/gm,
	/<\/?[A-Za-z][^>\n]*>/g,
	/^(?:import|export)\s.*$/gm,
	/\{#[^}\n]*\}/g,
];

/**
 * Blanks the References section (from its `{#references}` heading to the next
 * heading of the same or a higher level): it quotes others' titles as
 * published ("Pre-training of Deep Bidirectional Transformers"), which are
 * not the lesson's own wording.
 */
function maskReferences(source: string): string {
	/** The level of the References heading while inside its section, else 0. */
	let referencesLevel = 0;
	return source
		.split('\n')
		.map((line) => {
			const heading = /^ {0,3}(#{1,6})\s/.exec(line);
			if (heading) {
				const level = heading[1]!.length;
				if (/\{#references\}\s*$/.test(line)) referencesLevel = level;
				else if (level <= referencesLevel) referencesLevel = 0;
			}
			return referencesLevel ? blank(line) : line;
		})
		.join('\n');
}

/** The source with everything that is not prose replaced by spaces; lines and offsets are kept. */
export function maskNonProse(source: string): string {
	let masked = maskFencedBlocks(source);
	for (const pattern of inlineNonProse) masked = masked.replace(pattern, blank);
	return masked;
}

/** Every listed variant used in the lesson text, with its line number. */
export function lintLesson(source: string, finder: PhraseFinder<Variant>): TermProblem[] {
	const normalized = source.normalize('NFC');
	// Fenced blocks first, so a `# comment` in code is not taken for a heading.
	const masked = maskNonProse(maskReferences(maskFencedBlocks(normalized)));
	return finder.find(masked).map((match) => ({
		line: normalized.slice(0, match.start).split('\n').length,
		found: normalized.slice(match.start, match.end).replace(/\s+/g, ' '),
		id: match.value.id,
		canonical: match.value.canonical,
	}));
}

/** Elements of an SVG figure whose text readers see or hear: labels, and the title and description screen readers announce. */
const svgProseElements = /<(text|title|desc)\b[^>]*>([\s\S]*?)<\/\1\s*>/g;
const xmlEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * An SVG figure's source with everything but the text of its <text>,
 * <title> and <desc> elements blanked (attributes, styles, nested <tspan>
 * tags), lines kept, so that lintLesson reports a figure's lines as it does
 * a lesson's. Entities become their character, padded to keep offsets.
 */
export function svgProse(source: string): string {
	const prose = source.replace(/[^\n]/g, ' ').split('');
	for (const match of source.matchAll(svgProseElements)) {
		const inner = match[2]!;
		const start = match.index + match[0].indexOf('>') + 1;
		const text = inner
			.replace(/<[^>]*>/g, blank)
			.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
				const char = name[0] === '#' ? String.fromCodePoint(Number(name[1]!.toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1))) : (xmlEntities[name] ?? entity);
				return char.padEnd(entity.length, ' ');
			});
		prose.splice(start, text.length, ...text.split(''));
	}
	return prose.join('');
}

/** The report line for one problem: `file:line: "variant" → use "canonical"`. */
export function formatProblem(file: string, problem: TermProblem): string {
	return `${file}:${problem.line}: "${problem.found}" → use "${problem.canonical}"`;
}
