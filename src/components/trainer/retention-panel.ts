import type { Chart } from 'chart.js';
import { default_w } from 'ts-fsrs';
import type { AnswerTimes } from '../../lib/srs/answer-seconds';
import { retentionChoices, type Workload } from '../../lib/srs/workload';
import { storageFailureError } from '../../lib/storage/errors';
import { el } from './dom';
import { PROGRESS_RELOADED, type TrainerContext } from './progress';
import { workloadChart } from './retention-chart';
import type { WorkloadMessage, WorkloadRequest } from './retention-worker';
import { logForWorker } from './worker-log';

/** The simulation running for the panel, its chart and its listeners: an opening replaces them all. */
let shown: { worker: Worker; chart?: Chart; listeners: AbortController } | undefined;

/**
 * "Retention and workload": at each desired retention, the answers and
 * minutes a day a year of this learner's deck would take, simulated in a
 * module worker (retention-worker.ts), as a chart and a table whose rows
 * are the choice. Re-run at each opening, so it follows the learner's
 * latest cards and settings; choosing saves the setting.
 */
export function renderRetention(body: HTMLElement, context: TrainerContext, keys: readonly string[]): void {
	const { t, fmt } = context;
	shown?.worker.terminate();
	shown?.chart?.destroy();
	shown?.listeners.abort();
	const { settings } = context.progress;
	const retentions = retentionChoices(settings.desiredRetention);
	const bar = el('progress', { max: retentions.length, value: 0, 'aria-label': t('trainer.retention.running') });
	const running = el('div', { class: 'trainer-running' }, [el('p', {}, [t('trainer.retention.running')]), bar]);
	const status = el('p', { role: 'status' });
	const results = el('div');
	const timesNote = el('p');
	const basis = t(settings.parameters ? 'trainer.retention.basisOwn' : 'trainer.retention.basisDefaults', { perDay: fmt.number(settings.newCardsPerDay) });
	body.replaceChildren(el('p', {}, [t('trainer.retention.intro')]), el('p', {}, [basis]), timesNote, running, status, results);

	const workloads: Workload[] = [];
	const started = performance.now();
	const worker = new Worker(new URL('./retention-worker.ts', import.meta.url), { type: 'module', name: 'transfer-trainer-workload' });
	const run = (shown = { worker, listeners: new AbortController() });
	const fail = (error: unknown): void => {
		worker.terminate();
		running.hidden = true;
		status.textContent = context.storageFailureText(error, 'trainer.retention.failed');
	};
	worker.addEventListener('message', (event: MessageEvent<WorkloadMessage>) => {
		const message = event.data;
		if ('failure' in message) return fail(storageFailureError(message.failure));
		if ('times' in message) {
			timesNote.textContent = timesText(message.times, context);
			return;
		}
		workloads.push(message.workload);
		bar.value = workloads.length;
		if (workloads.length < retentions.length) return;
		worker.terminate();
		running.hidden = true;
		// For the benchmark (scripts/bench/trainer-optimizer.mjs) and the browser's performance panel.
		performance.measure('trainer:workload', { start: started });
		showWorkloads(workloads, { results, status, run }, context);
	});
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		fail(new Error(event.message || 'worker'));
	});

	void logForWorker(context).then(
		(log) => {
			if (shown !== run) return;
			const studied = [...context.progress.records.values()];
			const request: WorkloadRequest = {
				timeZone: context.timeZone,
				dayStartMinutes: settings.dayStartMinutes,
				newCardsPerDay: settings.newCardsPerDay,
				parameters: settings.parameters ?? [...default_w],
				keys: [...keys],
				records: studied,
				retentions,
				now: new Date().toISOString(),
				...log,
			};
			worker.postMessage(request);
		},
		fail,
	);
}

/** What the learner's answer times are based on. */
function timesText(times: AnswerTimes, { t, fmt }: TrainerContext): string {
	const seconds = (value: number) => fmt.duration(value * 1000);
	const values = { review: seconds(times.seconds.review), learn: seconds(times.seconds.learn), relearn: seconds(times.seconds.relearn) };
	return times.measured.review ? t('trainer.retention.timesOwn', { ...values, count: fmt.number(times.timedAnswers) }) : t('trainer.retention.timesTypical', values);
}

interface Parts {
	results: HTMLElement;
	status: HTMLElement;
	run: NonNullable<typeof shown>;
}

function showWorkloads(workloads: readonly Workload[], { results, status, run }: Parts, context: TrainerContext): void {
	const { t, fmt } = context;
	const oneDecimal = new Intl.NumberFormat(context.locale.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const perDay = (value: number) => oneDecimal.format(value);
	const inUse = () => context.progress.settings.desiredRetention;
	const labels = workloads.map((workload) => fmt.percent(workload.retention));
	const chart = workloadChart({
		title: t('trainer.retention.chart'),
		labels,
		answers: { label: t('trainer.retention.answers'), values: workloads.map((workload) => workload.answersPerDay) },
		minutes: { label: t('trainer.retention.minutes'), values: workloads.map((workload) => workload.minutesPerDay) },
		format: perDay,
	});

	const radios = workloads.map((workload, index) =>
		el('input', { type: 'radio', name: 'trainer-retention-choice', id: `trainer-retention-${index}`, value: String(workload.retention) }),
	);
	const marks = workloads.map(() => el('span'));
	const rows = workloads.map((workload, index) =>
		el('tr', {}, [
			el('td', {}, [radios[index]]),
			el('th', { scope: 'row' }, [el('label', { for: `trainer-retention-${index}` }, [labels[index], marks[index]])]),
			el('td', {}, [perDay(workload.answersPerDay)]),
			el('td', {}, [perDay(workload.minutesPerDay)]),
		]),
	);
	const markInUse = (): void => {
		workloads.forEach((workload, index) => {
			const used = Math.abs(workload.retention - inUse()) < 1e-9;
			marks[index]!.textContent = used ? ` ${t('trainer.retention.inUse')}` : '';
			radios[index]!.checked = used;
		});
	};
	const table = el('table', { class: 'trainer-retention-table' }, [
		el('caption', {}, [t('trainer.retention.caption')]),
		el('thead', {}, [
			el('tr', {}, [
				el('th', { scope: 'col' }, [t('trainer.retention.choose')]),
				el('th', { scope: 'col' }, [t('trainer.retention.retention')]),
				el('th', { scope: 'col' }, [t('trainer.retention.answers')]),
				el('th', { scope: 'col' }, [t('trainer.retention.minutes')]),
			]),
		]),
		el('tbody', {}, rows),
	]);
	const saved = el('p', { role: 'status' });
	const form = el('form', { class: 'trainer-retention-form' }, [table, el('button', { type: 'submit' }, [t('trainer.retention.save')]), saved]);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const chosen = radios.find((radio) => radio.checked);
		if (!chosen) return;
		const settings = { ...context.progress.settings, desiredRetention: Number(chosen.value) };
		context.store.saveSettings(settings).then(
			() => {
				context.progress.settings = settings;
				markInUse();
				saved.textContent = t('trainer.retention.saved', { retention: fmt.percent(settings.desiredRetention) });
				form.closest('trainer-app')?.dispatchEvent(new Event(PROGRESS_RELOADED));
			},
			(error: unknown) => {
				saved.textContent = context.storageFailureText(error, 'trainer.settings.notSaved');
			},
		);
	});
	results.closest('trainer-app')?.addEventListener(PROGRESS_RELOADED, markInUse, { signal: run.listeners.signal });
	markInUse();

	const used = workloads.find((workload) => Math.abs(workload.retention - inUse()) < 1e-9);
	if (used) status.textContent = t('trainer.retention.summary', { retention: fmt.percent(used.retention), answers: perDay(used.answersPerDay), minutes: perDay(used.minutesPerDay) });
	results.replaceChildren(chart.element, form);
	setTimeout(() => {
		if (shown === run) run.chart = chart.draw();
	}, 0);
}
