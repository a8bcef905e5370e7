import { describe, expect, it } from 'vitest';
import { pickerToHomePages } from './not-found-picker';

describe('pickerToHomePages', () => {
	it('sends each option of the 404 page to its locale\'s home page, under the base path', () => {
		const html = '<option value="/course/en/404/" selected>English</option><option value="/course/tr/404/">Türkçe</option><a href="/course/en/404/">';
		expect(pickerToHomePages(html, '/course/', ['en', 'tr'])).toBe('<option value="/course/en/" selected>English</option><option value="/course/tr/">Türkçe</option><a href="/course/en/404/">');
	});
});
