import { describe, expect, it } from 'vitest';
import type { ScormVersion } from './api-discovery';
import { MAX_REFUSALS, scorm12Duration, scorm2004Duration, ScormSession } from './scorm-session';

function fakeApi(version: ScormVersion, stored: Record<string, string> = {}) {
	const calls: string[] = [];
	const values = { ...stored };
	const names = version === '1.2' ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
	const api: Record<string, (...args: string[]) => string> = {};
	for (const name of names) {
		api[name] = (...args) => {
			calls.push([name, ...args].join(' '));
			if (/GetValue/.test(name)) return values[args[0]!] ?? '';
			if (/SetValue/.test(name)) values[args[0]!] = args[1]!;
			return 'true';
		};
	}
	return { found: { version, api }, calls, values };
}

describe('a SCORM session', () => {
	it('SCORM 1.2: initialise, progress, completion and score with one commit, then session time, suspend, finish', () => {
		let now = 0;
		const { found, calls, values } = fakeApi('1.2', { 'cmi.core.lesson_status': 'not attempted' });
		const session = new ScormSession(found, () => now);
		expect(session.start()).toEqual({ suspendData: '', location: '', completed: false });
		session.saveProgress('1|abcd|', 'en/strategies/introduction/');
		expect(session.report(false, undefined)).toBe(false);
		expect(session.report(true, 0.625)).toBe(true);
		session.commit();
		expect(session.report(true, 0.625)).toBe(false);
		now = 3_723_450;
		session.finish();
		session.finish();
		expect(calls[0]).toBe('LMSInitialize ');
		expect(calls.slice(-3)).toEqual(['LMSSetValue cmi.core.session_time 0001:02:03.45', 'LMSSetValue cmi.core.exit suspend', 'LMSFinish ']);
		expect(values).toMatchObject({ 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '63', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.suspend_data': '1|abcd|', 'cmi.core.lesson_location': 'en/strategies/introduction/' });
		expect(calls.filter((call) => call.startsWith('LMSCommit'))).toHaveLength(1);
	});

	it('SCORM 2004: the same with its own names, a scaled score and an ISO duration', () => {
		let now = 0;
		const { found, values } = fakeApi('2004');
		const session = new ScormSession(found, () => now);
		session.start();
		expect(values['cmi.completion_status']).toBe('incomplete');
		session.report(false, 0.5);
		now = 90_500;
		session.finish();
		expect(values).toMatchObject({ 'cmi.score.scaled': '0.5', 'cmi.score.raw': '50', 'cmi.session_time': 'PT1M30.5S', 'cmi.exit': 'suspend', 'cmi.completion_status': 'incomplete' });
	});

	it('never takes a finished course back to incomplete, and gives back what the platform kept', () => {
		const { found, values } = fakeApi('1.2', { 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': '1|abcd|', 'cmi.core.lesson_location': 'tr/' });
		const session = new ScormSession(found);
		expect(session.start()).toEqual({ suspendData: '1|abcd|', location: 'tr/', completed: true });
		expect(session.report(true, undefined)).toBe(false);
		expect(values['cmi.core.lesson_status']).toBe('passed');
	});

	it('keeps suspend_data and the location within the version’s limits', () => {
		const { found, values } = fakeApi('1.2');
		const session = new ScormSession(found);
		session.start();
		session.saveProgress('x'.repeat(5000), 'a/'.repeat(200));
		expect(values['cmi.suspend_data']).toHaveLength(4096);
		expect(values['cmi.core.lesson_location']).toBeUndefined();
		session.saveProgress('1||', '');
		expect(values['cmi.core.lesson_location']).toBeUndefined();
	});

	it('does nothing when the platform refuses to initialise', () => {
		const { found, calls } = fakeApi('2004');
		found.api['Initialize'] = () => 'false';
		const session = new ScormSession(found);
		expect(session.start()).toBeUndefined();
		session.saveProgress('1||', 'en/');
		session.finish();
		expect(calls).toEqual([]);
	});

	it('treats a platform that throws as one that refuses: Initialize throwing opens nothing, SetValue throwing breaks nothing', () => {
		const warnings: string[] = [];
		const broken = fakeApi('1.2');
		broken.found.api['LMSInitialize'] = () => {
			throw new Error('LMS exploded');
		};
		const refused = new ScormSession(broken.found, Date.now, (message) => warnings.push(message));
		expect(refused.start()).toBeUndefined();
		refused.saveProgress('1||', 'en/');
		expect(refused.report(true, 1)).toBe(false);
		refused.finish();
		expect(broken.calls).toEqual([]);
		expect(warnings).toEqual(['Course platform: LMSInitialize("") threw Error: LMS exploded']);

		const { found, calls } = fakeApi('1.2');
		found.api['LMSSetValue'] = () => {
			throw new Error('set exploded');
		};
		const session = new ScormSession(found, Date.now, () => undefined);
		expect(session.start()).toEqual({ suspendData: '', location: '', completed: false });
		session.saveProgress('1||', 'en/');
		expect(session.report(true, 1)).toBe(false);
		session.commit();
		session.finish();
		expect(calls.at(-1)).toBe('LMSFinish ');
	});

	it('counts completion as reported only once the platform accepts it, offers it again at the next report, and asks the platform why it refused', () => {
		const warnings: string[] = [];
		const { found, calls, values } = fakeApi('1.2');
		let refuseNext = true;
		let lastError = '0';
		const set = found.api['LMSSetValue']!;
		found.api['LMSSetValue'] = (element, value) => {
			if (refuseNext && value === 'completed') {
				refuseNext = false;
				lastError = '101';
				return 'false';
			}
			lastError = '0';
			return set(element!, value!);
		};
		found.api['LMSGetLastError'] = () => lastError;
		found.api['LMSGetErrorString'] = (code) => (code === '101' ? 'General exception' : '');
		const session = new ScormSession(found, Date.now, (message) => warnings.push(message));
		session.start();
		expect(session.report(true, undefined)).toBe(false);
		expect(values['cmi.core.lesson_status']).toBe('incomplete');
		expect(warnings).toEqual(['Course platform: LMSSetValue("cmi.core.lesson_status", "completed") failed with error 101 (General exception)']);
		expect(session.report(true, undefined)).toBe(true);
		expect(values['cmi.core.lesson_status']).toBe('completed');
		expect(calls.filter((call) => call === 'LMSSetValue cmi.core.lesson_status completed')).toHaveLength(1);
		expect(session.report(true, undefined)).toBe(false);
	});

	it('offers a refused score again on commit and on finish, and stops after a few refusals in a row', () => {
		const { found, values } = fakeApi('2004');
		const set = found.api['SetValue']!;
		let refuseScores = 2;
		found.api['SetValue'] = (element, value) => (element === 'cmi.score.raw' && refuseScores-- > 0 ? 'false' : set(element!, value!));
		const session = new ScormSession(found, Date.now, () => undefined);
		session.start();
		expect(session.report(false, 0.5)).toBe(true);
		expect(values['cmi.score.raw']).toBeUndefined();
		session.commit();
		expect(values['cmi.score.raw']).toBeUndefined();
		session.finish();
		expect(values['cmi.score.raw']).toBe('50');

		const warnings: string[] = [];
		const always = fakeApi('2004');
		always.found.api['SetValue'] = (element) => (always.calls.push(`SetValue ${element}`), 'false');
		always.found.api['GetLastError'] = () => '351';
		const refused = new ScormSession(always.found, Date.now, (message) => warnings.push(message));
		refused.start();
		for (let i = 0; i < 10; i++) {
			expect(refused.report(true, 0.5)).toBe(false);
			refused.commit();
		}
		refused.finish();
		expect(always.calls.filter((call) => call === 'SetValue cmi.completion_status')).toHaveLength(MAX_REFUSALS);
		expect(always.calls.filter((call) => call === 'SetValue cmi.score.raw')).toHaveLength(MAX_REFUSALS);
		expect(warnings.filter((warning) => warning.includes('"cmi.score.raw"'))).toEqual(['Course platform: SetValue("cmi.score.raw", "50") failed with error 351']);
	});

	it('formats durations', () => {
		expect(scorm12Duration(0)).toBe('0000:00:00.00');
		expect(scorm2004Duration(0)).toBe('PT0S');
		expect(scorm2004Duration(7_200_000)).toBe('PT2H0S');
	});
});

describe('a platform whose stored state cannot be trusted', () => {
	/** A SCORM 1.2 platform whose GetValue fails for the elements in `failing` (throws, or answers "" with error 101). */
	function failingApi(stored: Record<string, string>, failing: Record<string, 'throws' | 'errors'>) {
		const { found, calls, values } = fakeApi('1.2', stored);
		let lastError = '0';
		const get = found.api.LMSGetValue!;
		found.api.LMSGetValue = (element) => {
			lastError = '0';
			if (failing[element!] === 'throws') throw new Error('not ready');
			if (failing[element!] === 'errors') {
				lastError = '101';
				return '';
			}
			return get(element!);
		};
		found.api.LMSGetLastError = () => lastError;
		found.api.LMSGetErrorString = () => 'General exception';
		return { found, calls, values };
	}

	const launch = (api: ReturnType<typeof failingApi>) => {
		const warnings: string[] = [];
		const session = new ScormSession(api.found, () => 0, (message) => warnings.push(message));
		const stored = session.start();
		session.saveProgress('1|abcd|', 'en/');
		session.report(false, 0.5);
		session.finish();
		return { stored, warnings };
	};

	for (const failure of ['throws', 'errors'] as const) {
		it(`keeps the status and suspend_data when reading the status ${failure}`, () => {
			const api = failingApi({ 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': '1|wxyz|' }, { 'cmi.core.lesson_status': failure });
			const { warnings } = launch(api);
			expect(api.values).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': '1|wxyz|', 'cmi.core.score.raw': '50', 'cmi.core.exit': 'suspend' });
			expect(api.calls.filter((call) => /LMSSetValue cmi.core.(lesson_status|suspend_data)/.test(call))).toEqual([]);
			expect(api.values['cmi.core.session_time']).toBeDefined();
			expect(warnings.filter((warning) => warning.includes('leaves cmi.core.lesson_status and cmi.suspend_data'))).toHaveLength(1);
		});
	}

	it('keeps them when reading suspend_data fails, and gives back no progress to build on', () => {
		const api = failingApi({ 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': '1|wxyz|' }, { 'cmi.suspend_data': 'errors' });
		const { stored, warnings } = launch(api);
		expect(stored?.suspendData).toBe('');
		expect(api.values['cmi.suspend_data']).toBe('1|wxyz|');
		expect(warnings.some((warning) => warning.includes('cmi.suspend_data could not be read'))).toBe(true);
	});

	it('keeps suspend_data in a format it does not know (a later version), and the status with it', () => {
		const api = failingApi({ 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '2|later-format' }, {});
		const { stored, warnings } = launch(api);
		expect(stored?.suspendData).toBe('');
		expect(api.values).toMatchObject({ 'cmi.suspend_data': '2|later-format', 'cmi.core.lesson_status': 'not attempted' });
		expect(warnings).toEqual(['Course platform: cmi.suspend_data "2|later-format" is in a format this course does not know: this launch leaves cmi.core.lesson_status and cmi.suspend_data as the platform holds them']);
	});

	it('treats an empty value with no error (or 2004 error 403) as nothing stored yet', () => {
		const api = failingApi({ 'cmi.core.lesson_status': 'not attempted' }, {});
		launch(api);
		expect(api.values).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': '1|abcd|' });
	});
});
