import { conditionKey, type TransferCondition } from '@/lib/conditions/conditions.ts';
import type { Method } from '@/lib/lab/plan.ts';
import type { VerdictText } from '@/lib/lab/verdict.ts';
import { methodKey } from '@/lib/methods.ts';

/** The page's strings (src/i18n/<locale>/lab.json, rendered into the page) and its locale's number formats. */
export class LabText implements VerdictText {
	private readonly percentFormat: Intl.NumberFormat;
	private readonly pointsFormat: Intl.NumberFormat;
	private readonly decimalFormat: Intl.NumberFormat;
	private readonly integerFormat: Intl.NumberFormat;
	private readonly listFormat: Intl.ListFormat;

	constructor(private readonly strings: Readonly<Record<string, string>>, readonly lang: string) {
		this.percentFormat = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
		this.pointsFormat = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		this.decimalFormat = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		this.integerFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
		this.listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
	}

	/** The string for `key` with {{name}} placeholders filled; a missing key is a build mistake, so it throws. */
	t(key: string, values: Readonly<Record<string, string | number>> = {}): string {
		const template = this.strings[key];
		if (template === undefined) throw new Error(`lab: no string "${key}" in src/i18n/<locale>/lab.json`);
		return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
			const value = values[name];
			return value === undefined ? whole : typeof value === 'number' ? this.integerFormat.format(value) : value;
		});
	}

	/** The method's short shared name (src/i18n/<locale>/methods.json): tables, charts and progress are tight for space. */
	method(method: Method): string {
		return this.t(methodKey(method, 'short'));
	}

	/** A transfer condition's short shared name (src/i18n/<locale>/conditions.json). */
	condition(id: TransferCondition): string {
		return this.t(conditionKey('transfer', id, 'short'));
	}

	list(items: readonly string[]): string {
		return this.listFormat.format(items);
	}

	percent(value: number): string {
		return this.percentFormat.format(value);
	}

	/** Accuracy difference in percentage points, e.g. 0.123 → "12.3". */
	points(difference: number): string {
		return this.pointsFormat.format(difference * 100);
	}

	seconds(milliseconds: number): string {
		return this.decimalFormat.format(milliseconds / 1000);
	}

	integer(value: number): string {
		return this.integerFormat.format(value);
	}
}
