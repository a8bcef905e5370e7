import { countsStale, dayCheckDelay } from '../../lib/trainer-session/learner-today';
import type { TrainerContext } from './progress';

/**
 * A tab left open past the learner's start of day: the counts belong to the
 * day they were loaded on, so the page looks again at the next day start
 * (the timer re-armed, never for longer than DAY_CHECK_MAX_MS, as a sleeping
 * computer stops it) and whenever it is shown or focused, and takes today's
 * progress from the store (`reload`) once that day is over. Returns the
 * check itself, for a session about to start; a running session goes on with
 * the reloaded progress.
 */
export function watchLearnerDay(context: TrainerContext, reload: () => Promise<void>): () => Promise<void> {
	let reloading: Promise<void> | undefined;
	const clock = () => ({ timeZone: context.timeZone, dayStartMinutes: context.progress.settings.dayStartMinutes });
	const today = (): Promise<void> => {
		if (reloading) return reloading;
		if (!countsStale(context.progress.day, new Date(), clock())) return Promise.resolve();
		reloading = reload().finally(() => (reloading = undefined));
		return reloading;
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const look = (): void => {
		clearTimeout(timer);
		void today();
		timer = setTimeout(look, dayCheckDelay(new Date(), clock()));
	};
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') look();
	});
	addEventListener('focus', look);
	look();
	return today;
}
