/**
 * Runs `work` with `buttons` marked busy (aria-disabled), not disabled: a
 * disabled button drops keyboard focus to the page, and the learner's place
 * with it. A press while they are busy runs nothing and gives undefined.
 */
export async function whileBusy<T>(buttons: readonly HTMLElement[], work: () => Promise<T>): Promise<T | undefined> {
	if (buttons.some((button) => button.getAttribute('aria-disabled') === 'true')) return undefined;
	for (const button of buttons) button.setAttribute('aria-disabled', 'true');
	try {
		return await work();
	} finally {
		for (const button of buttons) button.removeAttribute('aria-disabled');
	}
}
