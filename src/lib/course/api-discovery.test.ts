import { describe, expect, it } from 'vitest';
import { findScormApi, type ScormWindow } from './api-discovery';

const api = { Initialize: () => 'true' };
function chain(...levels: Partial<ScormWindow>[]): ScormWindow[] {
	const windows = levels.map((level) => ({ parent: null, ...level }) as ScormWindow);
	windows.forEach((win, i) => {
		win.parent = windows[i + 1] ?? win;
		win.top = windows.at(-1)!;
	});
	return windows;
}

describe('SCORM API discovery', () => {
	it('finds a 2004 API two frames up and a 1.2 API in the parent', () => {
		expect(findScormApi(chain({}, {}, { API_1484_11: api })[0]!)).toEqual({ version: '2004', api });
		expect(findScormApi(chain({}, { API: api })[0]!)).toEqual({ version: '1.2', api });
	});

	it('prefers 2004 where a window offers both', () => {
		expect(findScormApi(chain({ API: {}, API_1484_11: api })[0]!)?.version).toBe('2004');
	});

	it('looks in the opener and its parents when the frames have none', () => {
		const [platform] = chain({}, { API: api });
		const [course] = chain({}, { opener: platform! });
		expect(findScormApi(course!)).toEqual({ version: '1.2', api });
	});

	it('finds nothing on plain hosting, and stops at windows of another origin', () => {
		expect(findScormApi(chain({}, {})[0]!)).toBeUndefined();
		const foreign = {} as ScormWindow;
		Object.defineProperty(foreign, 'API', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
		Object.defineProperty(foreign, 'parent', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
		expect(findScormApi({ parent: foreign } as ScormWindow)).toBeUndefined();
	});
});
