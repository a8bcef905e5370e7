import { describe, expect, it } from 'vitest';
import { leavesPackage } from './outside-links';

const base = 'https://moodle.example/pluginfile.php/77/mod_scorm/content/9/en/strategies/transfer-learning/';
const origin = 'https://moodle.example';

describe('links that leave the package', () => {
	it('are web pages of another origin', () => {
		expect(leavesPackage('https://arxiv.org/abs/1411.1792', base, origin)).toBe(true);
		expect(leavesPackage('http://moodle.example:8080/', base, origin)).toBe(true);
		expect(leavesPackage('//arxiv.org/abs/1411.1792', base, origin)).toBe(true);
	});

	it('are not the package’s own pages, anchors, mail links or addresses that do not parse', () => {
		expect(leavesPackage('../../glossary/', base, origin)).toBe(false);
		expect(leavesPackage('#further-reading', base, origin)).toBe(false);
		expect(leavesPackage('https://moodle.example/pluginfile.php/77/mod_scorm/content/9/tr/', base, origin)).toBe(false);
		expect(leavesPackage('mailto:someone@example.org', base, origin)).toBe(false);
		expect(leavesPackage('https://exa mple:99999/', base, origin)).toBe(false);
	});
});
