import { describedNumbers } from '@/lib/lab/describe.ts';
import { reducePlanForMainThread } from '@/lib/lab/fallback-plan.ts';
import { METHODS, type Curve, type ExperimentPlan, type InputKind, type Method, type Progress, type TargetTaskId } from '@/lib/lab/plan.ts';
import { CUSTOM_DEFAULTS, PRESETS, PRESET_IDS, type PresetId, type Variant } from '@/lib/lab/presets.ts';
import type { FromRunner } from '@/lib/lab/protocol.ts';
import { ignoredLabSettings, parseAmounts, parseLabQuery } from '@/lib/lab/query.ts';
import { OUTCOMES, runCount, summarize, type Outcome } from '@/lib/lab/summary.ts';
import { verdictSentences } from '@/lib/lab/verdict.ts';
import { loadFailure, type LoadFailure } from '../offline/load-failure.ts';
import type { LabCharts } from './lab-charts.ts';
import { LabText } from './lab-text.ts';
import { showReplacedNotice } from './replaced-notice.ts';
import { renderTable } from './results-view.ts';
import { createMainThreadRunner, createWorkerRunner, type Runner } from './runner.ts';
import { hasModuleWorkers, hasWebAssembly } from './support.ts';

interface ActiveRun {
	/** The plan that runs: the chosen one, or its reduction on the main-thread fallback. */
	plan: ExperimentPlan;
	chosen: ExperimentPlan;
	prediction: Outcome | undefined;
	curves: Map<string, Curve>;
	started: number;
}

function part<T extends HTMLElement>(root: ParentNode, name: string): T {
	const found = root.querySelector<T>(`[data-part="${name}"]`);
	if (!found) throw new Error(`transfer-lab: the page has no [data-part="${name}"]`);
	return found;
}

const CHART_INTERVAL = 500;

const curveKey = (curve: Curve) => `${curve.method}|${curve.amount}|${curve.seed}`;

/**
 * The lab's island. Static until Run: then it creates the training worker
 * (or the main-thread fallback) and loads chart.js, so a page that merely
 * shows the lab fetches no tfjs at all.
 */
class TransferLab extends HTMLElement {
	private text!: LabText;
	/** From how many B images B learns on its own, by the committed evidence (VerdictInput.learnsAlone). */
	private learnsAlone = 0;
	private base = '/';
	private runner: Runner | undefined;
	private charts: LabCharts | undefined;
	private active: ActiveRun | undefined;
	/** Finished curves per task B and input, for the accuracy-against-amount chart. */
	private readonly history = new Map<string, Map<string, Curve>>();
	private chartTimer = 0;
	private progressFrame = 0;
	private latestProgress: Progress | undefined;
	/** Finished runs (done, cancelled or failed), exposed as data-run-count for tests and the benchmark. */
	private runCount = 0;

	connectedCallback(): void {
		if (this.text) return;
		const config = JSON.parse(part(this, 'config').textContent ?? '{}') as { lang: string; base: string; strings: Record<string, string>; learnsAlone: number };
		this.learnsAlone = config.learnsAlone;
		this.text = new LabText(config.strings, config.lang);
		// Made absolute: the worker resolves these paths against its own URL, and a course package writes them relative to the page.
		this.base = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, document.baseURI).pathname;
		const form = part<HTMLFormElement>(this, 'form');
		form.addEventListener('change', () => this.syncForm());
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.start();
		});
		part(this, 'cancel').addEventListener('click', () => this.runner?.cancel());
		// The lab page opens ready to run what a link asks for; a lab embedded in a lesson shows only its own experiment.
		if (!this.dataset['experiment']) this.applyQuery(location.search);
		this.syncForm();
	}

	/** Sets the form from `?experiment=…&variant=…` or custom fields (query.ts); what the form cannot hold is ignored, and named in a line above the form. */
	private applyQuery(search: string): void {
		const query = parseLabQuery(search);
		const ignored = ignoredLabSettings(search);
		if (ignored.length > 0) {
			const notice = part(this, 'query-notice');
			notice.textContent = this.text.t('lab.query.ignored', { settings: this.text.list(ignored.map(({ name, value }) => `${name}=${value}`)) });
			notice.hidden = false;
		}
		const check = (name: string, value: string | undefined) => {
			const input = value && this.querySelector<HTMLInputElement>(`input[type="radio"][name$="-${name}"][value="${value}"]`);
			if (input) input.checked = true;
		};
		check('experiment', query.experiment);
		check('variant', query.variant);
		check('task', query.task);
		check('input', query.input);
		if (query.amounts) part<HTMLInputElement>(this, 'amounts').value = query.amounts.join(', ');
		const methods = query.methods;
		if (methods) for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name$="-method"]')) box.checked = methods.includes(box.value as Method);
	}

	disconnectedCallback(): void {
		this.runner?.dispose();
		this.runner = undefined;
		this.charts?.destroy();
		this.charts = undefined;
	}

	private radio(name: string): string | undefined {
		return this.querySelector<HTMLInputElement>(`input[type="radio"][name$="-${name}"]:checked`)?.value;
	}

	/** Shows the custom fields or the variant choice, and describes the chosen variant. */
	private syncForm(): void {
		const experiment = this.radio('experiment');
		const custom = experiment === 'custom';
		part(this, 'custom').hidden = !custom;
		part(this, 'variant').hidden = custom;
		if (!custom && experiment) {
			const variant = (this.radio('variant') ?? 'holds') as Variant;
			part(this, 'variant-description').textContent = this.text.t(`lab.preset.${experiment}.${variant}`, describedNumbers(this.text.lang, PRESETS[experiment as PresetId][variant]));
		}
	}

	/** The plan from the form, or undefined after telling the learner what to fix. */
	private selection(): ExperimentPlan | undefined {
		const experiment = this.radio('experiment');
		if (experiment && (PRESET_IDS as readonly string[]).includes(experiment)) return PRESETS[experiment as PresetId][(this.radio('variant') ?? 'holds') as Variant];
		const amountField = part<HTMLInputElement>(this, 'amounts');
		const amounts = parseAmounts(amountField.value);
		if (!amounts) {
			this.showError(this.text.t('lab.custom.amount.invalid', describedNumbers(this.text.lang)));
			amountField.focus();
			return undefined;
		}
		const methods = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name$="-method"]:checked')].map((box) => box.value as Method);
		if (methods.length === 0) {
			this.showError(this.text.t('lab.custom.noMethod'));
			this.querySelector<HTMLInputElement>('input[type="checkbox"][name$="-method"]')?.focus();
			return undefined;
		}
		return {
			...CUSTOM_DEFAULTS,
			task: this.radio('task') as TargetTaskId,
			input: this.radio('input') as InputKind,
			amounts,
			methods: METHODS.filter((method) => methods.includes(method)),
		};
	}

	/** Swaps which button is enabled; focus moves with it, or a keyboard user would be left on a disabled button. */
	private setRunning(running: boolean): void {
		const runButton = part<HTMLButtonElement>(this, 'run');
		const cancelButton = part<HTMLButtonElement>(this, 'cancel');
		const focused = document.activeElement;
		runButton.disabled = running;
		cancelButton.disabled = !running;
		if (running && focused === runButton) cancelButton.focus();
		if (!running && focused === cancelButton) runButton.focus();
		this.toggleAttribute('aria-busy', running);
	}

	private async start(): Promise<void> {
		// Run is disabled from the first click until the run ends; Enter in a field must not start a second run either.
		if (this.active || part<HTMLButtonElement>(this, 'run').disabled) return;
		part(this, 'error').hidden = true;
		const chosen = this.selection();
		if (!chosen) return;
		const prediction = OUTCOMES.find((outcome) => outcome === this.radio('prediction'));
		this.setRunning(true);
		part(this, 'status').textContent = this.text.t('lab.status.loading');
		try {
			const chartsModule = import('./lab-charts.ts');
			this.runner ??= hasWebAssembly() && hasModuleWorkers() ? createWorkerRunner((m) => this.onMessage(m)) : await createMainThreadRunner((m) => this.onMessage(m));
			const { LabCharts } = await chartsModule;
			this.charts ??= this.createCharts(LabCharts);
		} catch (error) {
			// A chunk that cannot be fetched (offline, a half-deployed site, a page left open over an update) must not leave the lab stuck "running".
			this.dropRunner();
			this.setRunning(false);
			part(this, 'status').textContent = '';
			this.showLoadFailure(await loadFailure(), (error as Error).message);
			return;
		}
		this.launch({ plan: chosen, chosen, prediction, curves: new Map(), started: performance.now() });
	}

	/** Offline the browser's own words ("Failed to fetch…") would not say what to do; the lab's do. */
	private showLoadFailure(failure: LoadFailure, detail: string): void {
		if (failure === 'replaced') showReplacedNotice(this);
		else this.showError(navigator.onLine ? this.text.t('lab.error.run', { detail }) : this.text.t('lab.error.offline'));
	}

	/** After an error the next Run starts from fresh workers: one whose script failed to load never recovers. */
	private dropRunner(): void {
		this.runner?.dispose();
		this.runner = undefined;
	}

	private showError(message: string): void {
		const error = part(this, 'error');
		error.textContent = message;
		error.hidden = false;
	}

	private createCharts(Charts: typeof LabCharts): LabCharts {
		const text = this.text;
		return new Charts(part(this, 'curve-chart'), part(this, 'amount-chart'), {
			epoch: text.t('lab.chart.epoch'),
			accuracy: text.t('lab.chart.accuracy'),
			images: text.t('lab.chart.images'),
			methodName: (method) => text.method(method),
			series: (method, amount) => text.t('lab.chart.series', { method: text.method(method), amount }),
			percent: (value) => text.percent(value),
		});
	}

	private launch(run: ActiveRun): void {
		const runner = this.runner;
		if (!runner) return;
		const plan = runner.kind === 'main-thread' ? reducePlanForMainThread(run.chosen) : run.chosen;
		part(this, 'notice').hidden = runner.kind !== 'main-thread';
		this.active = { ...run, plan, curves: new Map() };
		this.latestProgress = undefined;
		const progress = part<HTMLProgressElement>(this, 'progress');
		progress.value = 0;
		part(this, 'progress-text').textContent = '';
		part(this, 'progress-area').hidden = false;
		// Lay out the results area and draw the empty charts now, while tfjs loads: done on the first epoch, this
		// first layout and chart render was the longest main-thread task of a run (60-75 ms).
		part(this, 'rows').replaceChildren();
		part(this, 'partial').hidden = true;
		part(this, 'verdict').replaceChildren();
		part(this, 'results').hidden = false;
		this.charts?.showCurves([], plan.methods, plan.amounts);
		runner.run(plan, { wasmDir: `${this.base}tfjs-wasm/`, modelDir: `${this.base}models/source/` });
	}

	private onMessage(message: FromRunner): void {
		const run = this.active;
		if (!run) return;
		switch (message.type) {
			case 'ready':
				if (this.runner?.kind === 'worker') part(this, 'status').textContent = this.text.t('lab.status.worker', { backend: message.backend });
				return;
			case 'progress': {
				run.curves.set(curveKey(message.progress.curve), message.progress.curve);
				this.latestProgress = message.progress;
				// Feature extraction reports dozens of epochs in a burst: touch the page once per frame, not per message.
				this.progressFrame ||= requestAnimationFrame(() => this.showProgress());
				this.scheduleChart();
				return;
			}
			case 'done':
				this.finish(run, message.curves, message.cancelled);
				return;
			case 'error':
				this.fail(run, message.kind, message.detail);
		}
	}

	private showProgress(): void {
		this.progressFrame = 0;
		const latest = this.latestProgress;
		if (!latest || !this.active) return;
		const { curve, done, total } = latest;
		const { epochs } = this.active.plan;
		const progress = part<HTMLProgressElement>(this, 'progress');
		progress.max = total;
		progress.value = done;
		// Runs train side by side in the workers: the count is over all of them, the latest epoch names its own run.
		const values = { done, total, runs: Math.round(total / epochs), epochs, method: this.text.method(curve.method), amount: curve.amount, seed: curve.seed, epoch: curve.accuracies.length };
		part(this, 'progress-text').textContent = this.text.t('lab.progress.text', values);
	}

	/**
	 * Redraws the live curves at most every CHART_INTERVAL ms: epochs arrive
	 * far faster than that, and each redraw is main-thread work that would
	 * compete with the page's responsiveness.
	 */
	private scheduleChart(): void {
		if (this.chartTimer) return;
		this.chartTimer = window.setTimeout(() => {
			this.chartTimer = 0;
			const run = this.active;
			if (run) requestAnimationFrame(() => this.charts?.showCurves([...run.curves.values()], run.plan.methods, run.plan.amounts));
		}, CHART_INTERVAL);
	}

	private finish(run: ActiveRun, curves: Curve[], cancelled: boolean): void {
		// The last epoch's progress may still be waiting for its frame: show it before the run ends.
		this.showProgress();
		this.active = undefined;
		this.setRunning(false);
		const finished = curves.filter((curve) => curve.accuracies.length === run.plan.epochs);
		const conditionKey = `${run.plan.task}|${run.plan.input}`;
		const past = this.history.get(conditionKey) ?? new Map<string, Curve>();
		for (const curve of finished) past.set(`${curveKey(curve)}|${run.plan.epochs}`, curve);
		this.history.set(conditionKey, past);
		this.charts?.showCurves(curves, run.plan.methods, run.plan.amounts);
		this.charts?.showAmounts([...past.values()], 1);
		const cells = summarize(finished, run.plan.epochs);
		renderTable(part(this, 'rows'), cells, this.text);
		const counted = cancelled ? runCount(run.plan, curves) : undefined;
		const partial = part(this, 'partial');
		partial.textContent = counted ? this.text.t('lab.table.partial', { finished: counted.finished, planned: counted.planned }) : '';
		partial.hidden = !counted;
		const sentences = verdictSentences({ cells, prediction: run.prediction, plan: run.plan, cancelled: counted, learnsAlone: this.learnsAlone }, this.text);
		part(this, 'verdict').replaceChildren(
			...sentences.map((sentence) => {
				const paragraph = document.createElement('p');
				paragraph.textContent = sentence;
				return paragraph;
			}),
		);
		part(this, 'results').hidden = false;
		// A cancelled run's last progress line would read as work still going on.
		part(this, 'progress-area').hidden = cancelled;
		this.markEnded(cancelled ? 'cancelled' : 'done');
		part(this, 'status').textContent = cancelled ? this.text.t('lab.status.cancelled') : this.text.t('lab.status.done', { seconds: this.text.seconds(performance.now() - run.started) });
	}

	/** The run ended with an error; `failure` when its code could not be loaded: offline, or gone with the page's build. */
	private fail(run: ActiveRun, kind: 'model' | 'backend' | 'run', detail: string, failure?: LoadFailure): void {
		if (kind === 'backend' && this.runner?.kind === 'worker') {
			// The worker or its wasm could not start: fall back to the cpu backend on this page, clearly labelled.
			this.runner.dispose();
			this.runner = undefined;
			createMainThreadRunner((m) => this.onMessage(m)).then(
				(runner) => {
					this.runner = runner;
					this.launch(run);
				},
				// The engine chunk itself could not be loaded (offline, a half-deployed site, a page left open over an update).
				(error: Error) => void loadFailure().then((failure) => this.fail(run, 'run', error.message, failure)),
			);
			return;
		}
		this.active = undefined;
		this.dropRunner();
		this.setRunning(false);
		part(this, 'progress-area').hidden = true;
		part(this, 'status').textContent = '';
		if (failure) this.showLoadFailure(failure, detail);
		else this.showError(this.text.t(kind === 'model' ? 'lab.error.model' : 'lab.error.run', { detail }));
		this.markEnded('error');
	}

	private markEnded(state: 'done' | 'cancelled' | 'error'): void {
		this.runCount += 1;
		this.dataset['state'] = state;
		this.dataset['runCount'] = String(this.runCount);
	}
}

if (!customElements.get('transfer-lab')) customElements.define('transfer-lab', TransferLab);
