import { default_w } from 'ts-fsrs';
import { MIN_ITEMS_FOR_INITIAL_STABILITY } from '../../lib/srs/optimize/fit';
import type { Optimization } from '../../lib/srs/optimize/optimize';
import { MIN_LOG_LOSS_GAIN } from '../../lib/srs/optimize/predicts-better';
import type { Settings } from '../../lib/srs/types';
import { storageFailureError } from '../../lib/storage/errors';
import { adoptParameters, defaultParameters, previousParameters } from '../../lib/trainer-session/personal-parameters';
import { el } from './dom';
import type { OptimizeMessage, OptimizeRequest } from './optimizer-worker';
import { PROGRESS_RELOADED, type TrainerContext } from './progress';
import { logForWorker } from './worker-log';

/**
 * "Your personal schedule": fits FSRS parameters to the learner's answers
 * in a module worker (optimizer-worker.ts), shows how a fit on the earlier
 * answers and the parameters in use predicted the newest answers, and lets
 * the learner adopt or decline that fit made again on all answers (nothing
 * is offered when it is the parameters in use), or go back to the defaults
 * or to the personal parameters the last adoption or reset replaced.
 * Cancel terminates the worker; nothing is saved until the learner chooses.
 */
export function mountOptimizer(body: HTMLElement, context: TrainerContext): void {
	const { t, fmt } = context;
	const inUse = el('p');
	const start = el('button', { type: 'button' }, [t('trainer.optimizer.start')]);
	const reset = el('button', { type: 'button' }, [t('trainer.optimizer.reset')]);
	const previous = el('button', { type: 'button' }, [t('trainer.optimizer.previous')]);
	const bar = el('progress', { max: 1, value: 0, 'aria-label': t('trainer.optimizer.progress') });
	const cancel = el('button', { type: 'button' }, [t('trainer.optimizer.cancel')]);
	const running = el('div', { class: 'trainer-running', hidden: true }, [el('p', {}, [t('trainer.optimizer.progress')]), bar, cancel]);
	const status = el('p', { role: 'status' });
	const outcome = el('div');
	let worker: Worker | undefined;

	const showInUse = (): void => {
		const own = context.progress.settings.parameters !== undefined;
		inUse.textContent = t(own ? 'trainer.optimizer.usingOwn' : 'trainer.optimizer.usingDefaults');
		reset.hidden = !own;
		previous.hidden = context.progress.settings.previousParameters === undefined;
	};
	const stop = (): void => {
		worker?.terminate();
		worker = undefined;
		running.hidden = true;
		start.disabled = false;
	};
	const save = (settings: Settings, done: string): void => {
		context.store.saveSettings(settings).then(
			() => {
				context.progress.settings = settings;
				outcome.replaceChildren();
				status.textContent = done;
				showInUse();
				start.focus();
			},
			(error: unknown) => {
				status.textContent = context.storageFailureText(error, 'trainer.optimizer.notSaved');
			},
		);
	};

	const show = (result: Optimization): void => {
		if (!result.current || !result.candidate) {
			const min = fmt.number(MIN_ITEMS_FOR_INITIAL_STABILITY);
			if (result.scope !== 'defaults') status.textContent = t('trainer.optimizer.noHeldOut');
			else if (result.items === 0) status.textContent = t('trainer.optimizer.none', { min });
			// The count that decided is the one the fit had: the newest days are held back to check it.
			else status.textContent = t('trainer.optimizer.tooFew', { usable: fmt.number(result.usable), min, items: fmt.number(result.items), heldOut: fmt.number(result.heldOut) });
			return;
		}
		const points = (rmse: number) => fmt.number(Math.round(rmse * 1000) / 10);
		const loss = new Intl.NumberFormat(context.locale.lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
		const row = (label: string, current: string, candidate: string) =>
			el('tr', {}, [el('th', { scope: 'row' }, [label]), el('td', {}, [current]), el('td', {}, [candidate])]);
		const table = el('table', { class: 'trainer-optimizer-table' }, [
			el('caption', {}, [t('trainer.optimizer.tableCaption')]),
			el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, [t('trainer.optimizer.measure')]), el('th', { scope: 'col' }, [t('trainer.optimizer.inUse')]), el('th', { scope: 'col' }, [t('trainer.optimizer.fitted')])])]),
			el('tbody', {}, [
				row(t('trainer.optimizer.logLoss'), loss.format(result.current.logLoss), loss.format(result.candidate.logLoss)),
				row(t('trainer.optimizer.rmse'), points(result.current.rmseBins), points(result.candidate.rmseBins)),
			]),
		]);
		const scope = t(result.scope === 'all' ? 'trainer.optimizer.scopeAll' : 'trainer.optimizer.scopeInitial');
		const checked = t('trainer.optimizer.checkedOn', { count: fmt.number(result.current.count) });
		if (result.upToDate) {
			status.textContent = t('trainer.optimizer.upToDate');
			return;
		}
		if (!result.better) {
			status.textContent = t('trainer.optimizer.notBetter', { margin: fmt.percent(MIN_LOG_LOSS_GAIN) });
			outcome.replaceChildren(el('p', {}, [checked]), table);
			return;
		}
		status.textContent = t('trainer.optimizer.better', {
			gain: fmt.percent(1 - result.candidate.logLoss / result.current.logLoss),
			before: loss.format(result.current.logLoss),
			after: loss.format(result.candidate.logLoss),
		});
		const adopt = el('button', { type: 'button' }, [t('trainer.optimizer.adopt')]);
		const decline = el('button', { type: 'button' }, [t('trainer.optimizer.decline')]);
		adopt.addEventListener('click', () => save(adoptParameters(context.progress.settings, result.parameters), t('trainer.optimizer.adopted')));
		decline.addEventListener('click', () => {
			outcome.replaceChildren();
			status.textContent = t('trainer.optimizer.declined');
			start.focus();
		});
		outcome.replaceChildren(el('p', {}, [checked, ' ', scope]), table, el('div', { class: 'trainer-optimizer-choice' }, [adopt, decline]));
	};

	const run = async (): Promise<void> => {
		stop();
		outcome.replaceChildren();
		status.textContent = '';
		bar.value = 0;
		running.hidden = false;
		start.disabled = true;
		cancel.focus();
		const started = performance.now();
		const current = worker = new Worker(new URL('./optimizer-worker.ts', import.meta.url), { type: 'module', name: 'transfer-trainer-optimizer' });
		current.addEventListener('message', (event: MessageEvent<OptimizeMessage>) => {
			const message = event.data;
			if ('progress' in message) {
				bar.value = message.progress;
				return;
			}
			stop();
			// For the benchmark (scripts/bench/trainer-optimizer.mjs) and the browser's performance panel.
			performance.measure('trainer:optimize', { start: started });
			if ('result' in message) show(message.result);
			else status.textContent = context.storageFailureText(storageFailureError(message.failure), 'trainer.optimizer.failed');
			start.focus();
		});
		const fail = (error: unknown): void => {
			stop();
			status.textContent = context.storageFailureText(error, 'trainer.optimizer.failed');
		};
		current.addEventListener('error', (event) => {
			event.preventDefault();
			fail(new Error(event.message || 'worker'));
		});
		const { settings } = context.progress;
		try {
			const log = await logForWorker(context);
			// Cancelled (or started again) while the page read the log.
			if (worker !== current) return;
			const request: OptimizeRequest = { timeZone: context.timeZone, dayStartMinutes: settings.dayStartMinutes, current: settings.parameters ?? [...default_w], ...log };
			current.postMessage(request);
		} catch (error) {
			if (worker === current) fail(error);
		}
	};
	start.addEventListener('click', () => void run());
	cancel.addEventListener('click', () => {
		stop();
		status.textContent = t('trainer.optimizer.cancelled');
		start.focus();
	});
	reset.addEventListener('click', () => {
		save(defaultParameters(context.progress.settings), t('trainer.optimizer.resetDone'));
	});
	previous.addEventListener('click', () => save(previousParameters(context.progress.settings), t('trainer.optimizer.previousDone')));
	body.closest('trainer-app')?.addEventListener(PROGRESS_RELOADED, showInUse);

	showInUse();
	body.replaceChildren(el('p', {}, [t('trainer.optimizer.intro')]), inUse, el('div', { class: 'trainer-optimizer-actions' }, [start, reset, previous]), running, status, outcome);
}
