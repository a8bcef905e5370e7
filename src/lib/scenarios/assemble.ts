/**
 * Turns a scenario's conditions into the multiple-answer question the
 * trainer shows: a verdict option ("… is practical") that is right exactly
 * when every condition holds, one "condition fails" option per condition
 * that is right exactly when it fails, and an explanation that names each
 * condition with why it holds or fails.
 */
import { CONDITIONS, conditionNumber, type Concept, type ConditionId } from '../conditions/conditions.ts';
import { capitalise, conditionText, type Strings } from '../conditions/wording.ts';
import conditionsEn from '../../i18n/en/conditions.json' with { type: 'json' };
import conditionsTr from '../../i18n/tr/conditions.json' with { type: 'json' };
import { listOf } from './format.ts';

export interface RenderedOption {
	id: string;
	text: string;
	correct: boolean;
	feedback: string;
}

export interface RenderedScenario {
	prompt: string;
	options: RenderedOption[];
	explanation: string;
}

export interface ConditionReport {
	id: ConditionId;
	holds: boolean;
	/** Short name, used in the explanation and in lists ("same kind of input"). */
	name: string;
	/** The option claiming this condition fails. */
	failsOption: string;
	/** Why it holds or fails for these tasks, as a clause ("both take images"). */
	reason: string;
}

/** The locale's words that glue the parts together. */
export interface Phrasing {
	locale: string;
	/** The shared wording of the conditions (src/i18n/<locale>/conditions.json). */
	conditionTexts: Strings;
	/** The option for a numbered condition that fails: "Condition 2 fails: A does not have …". */
	numberedFails: (number: number, fails: string) => string;
	right: (reason: string) => string;
	notSo: (reason: string) => string;
	/** One explanation sentence: "Same kind of input: holds, because …". */
	verdictLine: (name: string, holds: boolean, reason: string) => string;
	/** Feedback on the verdict option, given how many conditions there are / fail. */
	allHold: (conditionCount: number) => string;
	someFail: (failingNames: string[]) => string;
}

export interface ScenarioParts {
	prompt: string;
	verdictOption: string;
	conditions: ConditionReport[];
	/** Further options, each right or wrong as decided by the scenario. */
	extraOptions?: RenderedOption[];
	/** Feedback on the verdict option when it is wrong, instead of listing the failing conditions. */
	verdictFeedback?: string;
	conclusion: (practical: boolean) => string;
}

export function assemble(parts: ScenarioParts, phrasing: Phrasing): RenderedScenario {
	const practical = parts.conditions.every((condition) => condition.holds);
	const failingNames = parts.conditions.filter((condition) => !condition.holds).map((condition) => condition.name);
	const verdict: RenderedOption = {
		id: 'practical',
		text: parts.verdictOption,
		correct: practical,
		feedback: practical ? phrasing.allHold(parts.conditions.length) : (parts.verdictFeedback ?? phrasing.someFail(failingNames)),
	};
	const conditionOptions = parts.conditions.map(
		(condition): RenderedOption => ({
			id: `${condition.id}-fails`,
			text: condition.failsOption,
			correct: !condition.holds,
			feedback: condition.holds ? phrasing.notSo(condition.reason) : phrasing.right(condition.reason),
		}),
	);
	const lines = parts.conditions.map((condition) => phrasing.verdictLine(condition.name, condition.holds, condition.reason));
	return {
		prompt: parts.prompt,
		options: [verdict, ...conditionOptions, ...(parts.extraOptions ?? [])],
		explanation: [...lines, parts.conclusion(practical)].join(' '),
	};
}

/**
 * A condition as the scenario reports it: its shared short name and "fails"
 * wording, and why it holds or fails here. Transfer's conditions are
 * numbered in its option texts, as in the lesson.
 */
export function conditionReport(phrasing: Phrasing, concept: Concept, id: ConditionId, holds: boolean, reason: string): ConditionReport {
	const fails = conditionText(phrasing.conditionTexts, concept, id, 'fails');
	return {
		id,
		holds,
		reason,
		name: conditionText(phrasing.conditionTexts, concept, id, 'short'),
		failsOption: concept === 'transfer' ? phrasing.numberedFails(conditionNumber(concept, id), fails) : `${capitalise(fails, phrasing.locale)}.`,
	};
}

/** Every condition of a concept, in the shared order, from whether each holds and why. */
export function conditionReports<C extends Concept>(phrasing: Phrasing, concept: C, holds: Readonly<Record<ConditionId<C>, boolean>>, reasons: Readonly<Record<ConditionId<C>, string>>): ConditionReport[] {
	return (CONDITIONS[concept] as readonly ConditionId<C>[]).map((id) => conditionReport(phrasing, concept, id, holds[id], reasons[id]));
}

export const englishPhrasing: Phrasing = {
	locale: 'en',
	conditionTexts: conditionsEn,
	numberedFails: (number, fails) => `Condition ${number} fails: ${fails}.`,
	right: (reason) => `Right: ${reason}.`,
	notSo: (reason) => `Not so: ${reason}.`,
	verdictLine: (name, holds, reason) => `${capitalise(name, 'en')}: ${holds ? 'holds' : 'fails'}, because ${reason}.`,
	allHold: (count) => (count === 1 ? 'Yes: the condition holds.' : 'Yes: every condition holds.'),
	someFail: (failing) =>
		`No: every condition must hold, and ${failing.length === 1 ? 'this one fails' : 'these fail'}: ${listOf(failing, 'en')}.`,
};

export const turkishPhrasing: Phrasing = {
	locale: 'tr',
	conditionTexts: conditionsTr,
	numberedFails: (number, fails) => `${number}. koşul sağlanmıyor: ${fails}.`,
	right: (reason) => `Doğru: ${reason}.`,
	notSo: (reason) => `Öyle değil: ${reason}.`,
	verdictLine: (name, holds, reason) => `${capitalise(name, 'tr')}: ${holds ? 'sağlanıyor' : 'sağlanmıyor'}, çünkü ${reason}.`,
	allHold: (count) => (count === 1 ? 'Evet: koşul sağlanıyor.' : 'Evet: bütün koşullar sağlanıyor.'),
	someFail: (failing) =>
		`Hayır: bütün koşullar sağlanmalı, ama ${failing.length === 1 ? 'şu koşul' : 'şu koşullar'} sağlanmıyor: ${listOf(failing, 'tr')}.`,
};
