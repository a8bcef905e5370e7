import { expect, test } from './fixtures';
import { answerByKeyboard, currentCard, exportBackup, openTrainer, pageDecks, showAnswerByKeyboard } from './trainer-helpers';

test.describe('trainer answers: keys and grading', () => {
	test('single keys act only in the study area and can be turned off (WCAG 2.1.4); a rating offered to a pointer user names no key', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		// A click on the session's own text, where nothing can take focus, leaves focus in the study area: the keys still work.
		await page.locator('[data-part="session-left"]').click();
		await page.keyboard.press('u');
		await expect(page.locator('[data-part="live"]')).toContainText('Last answer undone.');
		await answerByKeyboard(page, '3');
		const { key } = await currentCard(page);
		const ratings = page.locator('.trainer-ratings');
		// A click outside the trainer leaves nothing focused: Space scrolls the page instead of showing the answer, and U undoes nothing.
		await page.locator('h1').first().click();
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
		await page.keyboard.press('Space');
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
		await page.keyboard.press('u');
		await expect(ratings).toBeHidden();

		await page.locator('[data-part="settings-panel"] > summary').click();
		const shortcuts = page.getByLabel('Single-key shortcuts while studying (Space, Enter, 1–4, U)');
		await expect(shortcuts).toBeChecked();
		await shortcuts.uncheck();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Settings saved.');
		// Turned off, no key does anything, even with the card focused.
		await page.locator('.trainer-card h3').focus();
		for (const pressed of ['Space', 'Enter', '3', 'u']) await page.keyboard.press(pressed);
		await expect(ratings).toBeHidden();
		expect((await currentCard(page)).key).toBe(key);
		// The buttons do the work, and name no keys; the offered rating is announced without "press Enter".
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Back to the decks' }).click();
		await page.locator('[data-deck="all"] button').click();
		await expect(page.locator('[data-part="undo"]')).toHaveText('Undo last answer');
		await page.locator('.trainer-card [data-action]').click();
		await expect(ratings).toBeVisible();
		await expect(ratings.locator('kbd')).toHaveCount(0);
		await expect(page.locator('[data-part="live"]')).toContainText(/is selected: choose it or another rating to go on\.$/);
		const backup = (await exportBackup(page)) as { reviews: unknown[]; settings?: { keyShortcuts?: boolean } };
		expect(backup.reviews).toHaveLength(1);
		expect(backup.settings?.keyShortcuts).toBe(false);
	});

	test('objective answers are graded: wrong offers only Again, right offers Good and allows Easy', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		const decks = await pageDecks<{ deck: string; id: string; kind: string; options?: { correct: boolean }[] }>(page);
		const cards = new Map(decks.flatMap((deck) => deck.cards.map((card) => [`${card.deck}/${card.id}` as string, card] as const)));
		const graded = { wrong: false, right: false };
		for (let turn = 0; turn < 30 && !(graded.wrong && graded.right); turn++) {
			const { key } = await currentCard(page);
			const options = cards.get(key)?.kind === 'choice' ? cards.get(key)?.options : undefined;
			const firstWrong = options?.findIndex((option) => !option.correct) ?? -1;
			if (!options || (!graded.wrong && firstWrong < 0)) {
				await answerByKeyboard(page, '3');
				continue;
			}
			const answerWrong = !graded.wrong;
			const inputs = page.locator('.trainer-option input');
			for (const [index, option] of options.entries()) {
				if (answerWrong ? index === firstWrong : option.correct) await inputs.nth(index).check();
			}
			await page.keyboard.press('Enter');
			const offered = page.locator('.trainer-rating.is-offered');
			await expect(offered).toBeFocused();
			if (answerWrong) {
				await expect(page.locator('.trainer-verdict')).toHaveText('Not quite.');
				await expect(offered).toHaveAttribute('data-rating', '1');
				for (const rating of ['2', '3', '4']) await expect(page.locator(`.trainer-rating[data-rating="${rating}"]`)).toBeDisabled();
				await page.keyboard.press('Enter');
				await expect(page.locator('[data-part="live"]')).toContainText('Saved as Again');
				graded.wrong = true;
			} else {
				await expect(page.locator('.trainer-verdict')).toHaveText('Correct.');
				await expect(offered).toHaveAttribute('data-rating', '3');
				await expect(page.locator('.trainer-rating[data-rating="1"]')).toBeDisabled();
				await page.keyboard.press('4');
				await expect(page.locator('[data-part="live"]')).toContainText('Saved as Easy');
				graded.right = true;
			}
		}
		expect(graded).toEqual({ wrong: true, right: true });
	});

	test('a choice checked with nothing chosen is not graded: an Enter pressed twice after a reveal, or a click on Check', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		let answered = 0;
		let slipped = false;
		for (let turn = 0; turn < 30 && !slipped; turn++) {
			const { kind } = await currentCard(page);
			if (kind === 'choice') {
				await answerByKeyboard(page, 'Enter');
				answered += 1;
				continue;
			}
			await page.keyboard.press('Space');
			await expect(page.locator('.trainer-rating.is-offered')).toBeFocused();
			// The first Enter rates the flashcard Good; the second, 100 ms later, lands on the next card's heading.
			const flashcard = await page.locator('.trainer-card').elementHandle();
			await page.keyboard.press('Enter');
			await page.waitForTimeout(100);
			await page.keyboard.press('Enter');
			await flashcard?.waitForElementState('hidden');
			answered += 1;
			if ((await currentCard(page)).kind === 'flashcard') {
				// A flashcard only shows its back on a stray Enter: rate it and look further.
				await expect(page.locator('.trainer-rating.is-offered')).toBeFocused();
				await page.keyboard.press('Enter');
				await expect(page.locator('[data-part="live"]')).toContainText('Saved as Good');
				answered += 1;
				continue;
			}
			slipped = true;
		}
		expect(slipped).toBe(true);
		await expect(page.locator('[data-part="choose-first"]')).toHaveText('Choose an answer first.');
		await expect(page.locator('[data-part="live"]')).toHaveText('Choose an answer first.');
		await expect(page.locator('.trainer-option input').first()).toBeFocused();
		await expect(page.locator('.trainer-verdict')).toHaveCount(0);
		await expect(page.locator('.trainer-ratings')).toBeHidden();
		// The click asks again, and checks once an option is chosen.
		await page.locator('[data-action="submit"]').click();
		await expect(page.locator('.trainer-ratings')).toBeHidden();
		await expect(page.locator('.trainer-option input').first()).toBeFocused();
		expect((await exportBackup(page)).reviews).toHaveLength(answered);
		await page.locator('.trainer-option input').first().check();
		await page.locator('[data-action="submit"]').click();
		await expect(page.locator('.trainer-verdict')).toBeVisible();
	});

	test('a held Enter is one press: the repeats neither check nor rate the next card', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await showAnswerByKeyboard(page);
		const card = await page.locator('.trainer-card').elementHandle();
		await page.keyboard.press('Enter');
		await card?.waitForElementState('hidden');
		await expect(page.locator('.trainer-card h3')).toBeFocused();
		await page.locator('.trainer-card h3').dispatchEvent('keydown', { key: 'Enter', repeat: true, bubbles: true, cancelable: true });
		await expect(page.locator('.trainer-after')).toBeHidden();
		await expect(page.locator('[data-part="choose-first"]')).toBeHidden();
		expect((await exportBackup(page)).reviews).toHaveLength(1);
	});
});
