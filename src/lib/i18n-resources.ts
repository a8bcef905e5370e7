/**
 * UI strings live in `src/i18n/<locale>/<area>.json`, one flat object of
 * dotted keys per file, so each feature keeps its own strings and a
 * translator can work area by area. This merges one locale's files into the
 * single resource object Starlight and i18next expect.
 */
export interface ResourceFile {
	/** Path shown in error messages. */
	path: string;
	data: unknown;
}

export class ResourceError extends Error {}

export function mergeResources(files: readonly ResourceFile[]): Record<string, string> {
	const merged: Record<string, string> = {};
	const origin = new Map<string, string>();
	for (const file of files) {
		if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) {
			throw new ResourceError(`${file.path}: expected an object of "key": "text" pairs`);
		}
		for (const [key, value] of Object.entries(file.data)) {
			if (typeof value !== 'string') {
				throw new ResourceError(`${file.path}: key "${key}" must be a string, got ${typeof value}`);
			}
			const first = origin.get(key);
			if (first) throw new ResourceError(`${file.path}: key "${key}" is already defined in ${first}`);
			origin.set(key, file.path);
			merged[key] = value;
		}
	}
	return merged;
}
