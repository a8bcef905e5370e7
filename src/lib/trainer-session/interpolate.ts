/**
 * Fills `{{name}}` placeholders the way i18next does on the server, for
 * strings the island formats itself. A missing value is a programming error,
 * so it throws instead of showing a raw placeholder to the learner.
 */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`interpolate: no value for "${name}" in "${template}"`);
		return String(value);
	});
}
