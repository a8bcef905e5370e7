import { axeViolations, expect, test } from './fixtures';
import { answerByKeyboard, currentCard, openTrainer } from './trainer-helpers';

test.describe('decks in the built trainer', () => {
	test('the Turkish trainer lists every chapter deck and the term deck by its Turkish title', async ({ page }) => {
		await openTrainer(page, 'tr');
		const decks = page.locator('[data-part="decks"]');
		for (const title of ['Bölüme giriş', 'Öğrenme aktarması', 'Diğer stratejiler', 'Düzenlileştirme', 'Terimler']) {
			await expect(decks).toContainText(title);
		}
	});

	test('a scenario card is generated in Turkish, with a verdict and three conditions to judge', async ({ page }) => {
		await openTrainer(page, 'tr', 'transfer-learning');
		for (let answered = 0; answered < 20 && (await currentCard(page)).key !== 'transfer-learning/scenario'; answered++) {
			await answerByKeyboard(page, '4');
		}
		const card = page.locator('.trainer-card');
		await expect(card).toHaveAttribute('data-key', 'transfer-learning/scenario');
		await expect(card.locator('h3')).toContainText(/^A görevi: .+ B görevi: .+ Doğru olan bütün ifadeleri seçin\.$/);
		const options = card.locator('input[type="checkbox"]');
		await expect(options).toHaveCount(4);
		await expect(card).toContainText("A'dan B'ye öğrenme aktarması işe yarar.");
		await expect(card).toContainText('1. koşul sağlanmıyor');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Enter');
		await expect(card.locator('.trainer-feedback').first()).toBeVisible();
		await expect(card).toContainText(/Aynı tür girdi: (sağlanıyor|sağlanmıyor), çünkü/);
		await expect(card.getByRole('link')).toHaveAttribute('href', /\/tr\/strategies\/transfer-learning\/#when-practical$/);
		expect(await axeViolations(page)).toEqual([]);
	});
});
