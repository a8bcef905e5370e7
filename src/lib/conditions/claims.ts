import { CONDITIONS, isCondition, type TransferCondition } from './conditions.ts';
import { conditionsBrokenBy, isManipulation, MANIPULATION_IDS, type ManipulationId } from './manipulations.ts';

/**
 * A lesson's claims about which transfer conditions each manipulation of
 * task B breaks, written in the lesson as a short string so that its source
 * says what its table shows:
 *
 *   <BrokenConditions breaks="shuffled-pixels: features; more-data-for-b: data" />
 *
 * The component renders them and fails the build when they disagree with
 * the one definition (manipulations.ts); the consistency test reads them too.
 */
export interface Claim {
	manipulation: ManipulationId;
	breaks: TransferCondition[];
}

/** Parses "manipulation: condition condition; …"; throws one message naming what is wrong. */
export function parseClaims(text: string): Claim[] {
	return text
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [name = '', conditions = '', ...rest] = part.split(':').map((piece) => piece.trim());
			if (rest.length > 0 || !conditions) throw new Error(`claims: "${part}" should read "manipulation: condition …"`);
			if (!isManipulation(name)) throw new Error(`claims: "${name}" is not a manipulation (${MANIPULATION_IDS.join(', ')})`);
			const breaks = conditions.split(/\s+/);
			const unknown = breaks.find((id) => !isCondition('transfer', id));
			if (unknown) throw new Error(`claims: "${unknown}" is not a transfer condition (${CONDITIONS.transfer.join(', ')})`);
			return { manipulation: name, breaks: CONDITIONS.transfer.filter((id) => breaks.includes(id)) };
		});
}

/** Every claim that disagrees with the definition, as a sentence naming both. */
export function claimProblems(claims: readonly Claim[]): string[] {
	return claims.flatMap(({ manipulation, breaks }) => {
		const defined = conditionsBrokenBy(manipulation);
		return defined.join(' ') === breaks.join(' ') ? [] : [`${manipulation} breaks ${defined.join(' and ')} (src/lib/conditions/manipulations.ts), not ${breaks.join(' and ')}`];
	});
}
