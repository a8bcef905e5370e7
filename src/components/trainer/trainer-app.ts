import { cardKey, type Card, type Deck } from '../../lib/decks/types';
import { createScheduler, type Scheduler } from '../../lib/srs/scheduler';
import type { Settings } from '../../lib/srs/types';
import { browserTimeZone } from '../../lib/srs/learner-clock';
import { openStorage } from '../../lib/embedding/storage-access';
import { noDamage, reportsAnything } from '../../lib/storage/damage';
import { asChanged, StorageChangedError } from '../../lib/storage/errors';
import { storageFailureMessage } from '../../lib/storage/failure-message';
import type { DamageReport, LoadResult, TrainerStore } from '../../lib/storage/types';
import { deckChoices, inPageOrder, type DeckChoice } from '../../lib/trainer-session/deck-choices';
import { OPENING_ON_DECK } from '../../lib/trainer-session/opening-on-deck';
import { BEFORE_RELOAD, pendingWork, trackCalls, type BeforeReloadDetail } from '../../lib/offline/pending-work';
import { reloadIntoNewestBuild } from '../offline/reload-newest';
import { watchLearnerDay } from './day-watch';
import { mountDeckTable, renderDeckTable } from './deck-table';
import { part } from './dom';
import { browserStorageAccess, showEmbeddedNotice } from './embedded-storage';
import { formats, type Formats } from './format';
import { afterFailedLoad, loadOnOpen } from './lazy-part';
import { openProgress } from './open-progress';
import { clearLoadAlert, loadTexts, offerReload, showAlert, showStorageError, whileBlocked } from './page-alert';
import { PROGRESS_RELOADED, type Progress, type TrainerContext } from './progress';
import { showReminder, wireReminder } from './reminder';
import type { SessionController, SessionEnd } from './session-controller';
import { fetchPanelStrings, loadDecks, readTrainerData, translator, type TrainerData, type Translate } from './trainer-data';
import { yieldToPage } from './yield';

/**
 * <trainer-app>: the trainer island. Loads progress from IndexedDB, shows
 * today's counts per deck, runs sessions, and opens statistics and backup
 * (loaded on demand) when the learner asks for them.
 */
class TrainerApp extends HTMLElement {
	private context: TrainerContext | undefined;
	private choices: DeckChoice[] = [];
	/** The session code loads when a session starts (it carries the scenario generator). */
	private session: Promise<SessionController> | undefined;
	/** Writes to the store in flight: reloading for a new version waits for them (src/lib/offline/pending-work.ts). */
	private readonly writes = pendingWork();
	/** The last damage report and how many damaged entries are kept aside, for the notice at the top. */
	private damage = { report: noDamage(), kept: 0 };
	/** "Your data", once its code has loaded; `focusKept` asks it to focus its list when it does. */
	private dataPanel: { refresh(): Promise<void> } | undefined;
	private focusKept = false;
	/** Takes a new learner day's progress when the day the counts belong to is over (day-watch.ts). */
	private today: () => Promise<void> = () => Promise.resolve();

	connectedCallback(): void {
		void this.boot();
	}

	private async boot(): Promise<void> {
		const timeZone = browserTimeZone();
		const data = readTrainerData(this);
		const storageAccess = browserStorageAccess();
		const t = translator(data.strings);
		const waiting = whileBlocked(this, t('trainer.storage.otherTab'));
		// The store opens and loads first (the slowest part); everything below runs while it does.
		const opening = openStorage(storageAccess, (factory) => openProgress(data.base, timeZone, factory, waiting.blocked));
		void opening.then(waiting.done, waiting.done);
		const fmt = formats(data.locale.lang);
		part(this, 'reload').addEventListener('click', () => this.reload());
		const decksLoading = loadDecks(data.decksUrl, () => showAlert(this, t('trainer.network.decks')));
		// Early, so the reminder is in place as soon as possible (in a frame, only once storage is known to work).
		if (!storageAccess.framed) showReminder(this, t, fmt, data.base);
		const params = new URLSearchParams(location.search);
		// The benchmark studies a generated deck of ?bench=<cards> cards; that module only loads then, alongside the store.
		const benchModule = params.has('bench') ? import('./bench-deck') : undefined;
		// Opened on a deck: fetch the session code while the store opens.
		if (params.has('deck')) void import('./session-controller');
		const decks = await decksLoading;
		const alert = part(this, 'alert');
		if (alert.textContent === t('trainer.network.decks')) alert.hidden = true;
		const bench = await benchModule;
		if (bench) decks.push(bench.benchDeck(Number(params.get('bench')) || 10_000));
		const opened = await opening;
		part(this, 'loading').hidden = true;
		if (opened.situation === 'denied' || opened.situation === 'unavailable') {
			// Nothing can be studied or exported without a store: only the explanation stays.
			for (const name of ['decks', 'reminder', 'stats', 'cards', 'optimizer', 'workload', 'settings-panel', 'backup', 'data']) part(this, name).hidden = true;
			if (opened.situation === 'denied') showEmbeddedNotice(this, 'denied', storageAccess);
			else showStorageError(this, t, opened.error, 'trainer.storage.unavailable');
			document.documentElement.removeAttribute(OPENING_ON_DECK);
			return;
		}
		if (opened.situation === 'partitioned') showEmbeddedNotice(this, 'partitioned', storageAccess);
		const { store, progress, damage, kept, handleStorage } = opened.store;
		bench?.exposeForBench(store);
		addEventListener(BEFORE_RELOAD, (event) => (event as CustomEvent<BeforeReloadDetail>).detail.waitUntil(this.writes.settled()));
		const context = this.createContext(data, decks, t, fmt, trackCalls(store, this.writes), progress, timeZone, handleStorage);
		this.context = context;
		const rowIds = [...part(this, 'deck-rows').querySelectorAll('tr')].map((row) => row.dataset.deck ?? '');
		this.choices = deckChoices(inPageOrder(decks, rowIds), data.locale.code, t('trainer.decks.all'));
		this.showDamage({ report: damage, kept });
		this.mountLazyPanels(context, decks);
		if (store.copiedFromShared) {
			const copied = part(this, 'copied');
			copied.hidden = false;
			context.announce(copied.textContent ?? '');
		}
		if (storageAccess.framed) showReminder(this, t, fmt, data.base);
		wireReminder(this, context);
		store.onExternalChange(() => void this.reloadFromStore(true));
		store.onRepair((report) => this.repaired(report));
		// Said at once, not at the learner's next answer: from now on nothing can be saved.
		store.onClosed((change) => context.reportStorageError(new StorageChangedError(change)));
		part(this, 'summary-back').addEventListener('click', () => this.showDecks());
		part(this, 'decks-caption').hidden = false;
		mountDeckTable(part(this, 'deck-rows'), () => this.choices, (choice) => void this.study(choice));
		this.today = watchLearnerDay(context, () => this.reloadFromStore(false));
		const deckId = params.get('deck');
		const choice = this.choices.find((candidate) => candidate.id === deckId);
		// Opened on a deck: its first card comes first; the deck table is counted when it is shown.
		// The rest of the log is checked once the first card (or the deck table) shows: neither waits for it.
		// A returning learner's counts are the first numbers the page formats (an Intl.NumberFormat's first use loads ICU data): a task of their own.
		const shown = choice ? this.study(choice) : yieldToPage().then(() => this.showDecks(false));
		if (!choice && deckId !== null) showAlert(this, t('trainer.decks.unknown', { id: deckId }));
		void shown.then(() => {
			document.documentElement.removeAttribute(OPENING_ON_DECK);
			this.checkWholeLog(context);
		});
	}

	/** The rest of the load-time check: every page of the review log, verified in slices once the page has painted. */
	private checkWholeLog(context: TrainerContext): void {
		requestAnimationFrame(() =>
			setTimeout(() => {
				const started = performance.now();
				context.store.checkLog(yieldToPage).then(
					(report) => {
						performance.measure('trainer:log-check', { start: started });
						if (reportsAnything(report)) this.repaired(report);
					},
					(error: unknown) => context.reportStorageError(error),
				);
			}, 0),
		);
	}

	/** Damage was repaired after loading (by the log check, or on the way to an answer or an undo). */
	private repaired(report: DamageReport): void {
		this.showDamage({ report, kept: this.damage.kept + report.setAside.length });
		void this.reloadFromStore(false);
		void this.dataPanel?.refresh();
	}

	private showDamage(damage: { report: DamageReport; kept: number }): void {
		this.damage = damage;
		const context = this.context;
		const notice = part(this, 'damage');
		if (!context || (!reportsAnything(damage.report) && damage.kept === 0)) {
			notice.hidden = true;
			return;
		}
		context.withPanelStrings(() => import('./damage-report')).then(
			(module) => module.renderDamageNotice(notice, damage.report, damage.kept, context, () => this.openDataPanel()),
			// Offline before the notice's code was kept: it shows once the connection returns, unless newer news replaced it.
			// Gone with this page's build after an update: the alert says so, with the reload that brings it.
			() =>
				void afterFailedLoad(
					(failure) => failure === 'replaced' && offerReload(this, context.t('trainer.network.replaced')),
					() => {
						if (this.damage === damage) this.showDamage(damage);
					},
				),
		);
	}

	private openDataPanel(): void {
		const details = part<HTMLDetailsElement>(this, 'data');
		details.open = true;
		details.scrollIntoView({ block: 'start' });
		if (this.dataPanel) this.focusKeptList();
		else this.focusKept = true;
	}

	private focusKeptList(): void {
		this.focusKept = false;
		part(this, 'data-body').querySelector<HTMLElement>('#trainer-kept-heading')?.focus();
	}

	private createContext(data: TrainerData, decks: readonly Deck[], t: Translate, fmt: Formats, store: TrainerStore, progress: Progress, timeZone: string, handleStorage: IDBFactory | undefined): TrainerContext {
		const cards = new Map<string, Card>(decks.flatMap((deck) => deck.cards.map((card) => [cardKey(card), card] as const)));
		let scheduler: { settings: Settings; instance: Scheduler } | undefined;
		let panelStrings: Promise<void> | undefined;
		return {
			locale: data.locale,
			base: data.base,
			timeZone,
			t,
			fmt,
			store,
			handleStorage,
			progress,
			scheduler: () => {
				if (scheduler?.settings !== progress.settings) {
					// Load balancing counts the cards due on each day from the progress shown (kept current by every answer).
					scheduler = { settings: progress.settings, instance: createScheduler(progress.settings, timeZone, { cards: () => progress.records.values() }) };
				}
				return scheduler.instance;
			},
			card: (key) => cards.get(key),
			announce: (text) => {
				const live = part(this, 'live');
				// Clearing first makes screen readers repeat an identical message.
				live.textContent = '';
				requestAnimationFrame(() => (live.textContent = text));
			},
			cardsChanged: () => {
				this.renderCounts();
				void this.session?.then((session) => session.refresh());
			},
			backupExported: () => {
				part(this, 'reminder').hidden = true;
			},
			withPanelStrings: (load) => {
				// t() reads the page's strings object, so the panels' strings added to it are found from then on.
				const strings = (panelStrings ??= fetchPanelStrings(data.panelStringsUrl).then((loaded) => void Object.assign(data.strings, loaded)));
				// A failed fetch is forgotten, so the next try fetches the file again.
				strings.catch(() => {
					if (panelStrings === strings) panelStrings = undefined;
				});
				return Promise.all([load(), strings]).then(([module]) => module);
			},
			storageFailureText: (error, otherKey) => storageFailureMessage(t, asChanged(error, store.closedBy()), otherKey),
			reportStorageError: (error, otherKey = 'trainer.storage.failed') => showStorageError(this, t, asChanged(error, store.closedBy()), otherKey),
		};
	}

	/** Starts a session on a deck (with today's counts); resolves once its first card shows (or the session's code could not load). */
	private study(choice: DeckChoice): Promise<void> {
		const context = this.context;
		if (!context) throw new Error('trainer: a session cannot start before progress has loaded');
		part(this, 'decks').hidden = true;
		part(this, 'summary').hidden = true;
		const texts = loadTexts(context.t, 'trainer.network.session', () => this.reload());
		return Promise.all([this.sessionController(context), this.today()]).then(
			([session]) => {
				clearLoadAlert(this, texts);
				session.start(choice.title, choice.keys);
			},
			() =>
				// The session's code could not be fetched: say why, keep the decks in view; offline, start once back online.
				afterFailedLoad(
					(failure) => {
						if (failure === 'replaced') offerReload(this, texts.replaced);
						else showAlert(this, texts.offline);
						this.showDecks(false);
					},
					() => void this.study(choice),
					true,
				),
		);
	}

	private sessionController(context: TrainerContext): Promise<SessionController> {
		const loading = (this.session ??= import('./session-controller').then(
			({ SessionController }) =>
				new SessionController(
					part(this, 'session'),
					context,
					(end) => this.sessionEnded(end),
					() => (part(this, 'summary').hidden = true),
					[part(this, 'session'), part(this, 'summary')],
				),
		));
		// A failed load is forgotten, so the next try fetches the code again.
		loading.catch(() => {
			if (this.session === loading) this.session = undefined;
		});
		return loading;
	}

	private sessionEnded(end: SessionEnd): void {
		const context = this.context;
		if (!context) return;
		import('./summary-view').then(
			(module) => module.renderSummary(part(this, 'summary'), end, context),
			// No summary without its code: the learner is back at the decks rather than before an empty page.
			() =>
				void afterFailedLoad(
					(failure) => {
						if (failure === 'replaced') offerReload(this, context.t('trainer.network.replaced'));
						this.showDecks(false);
					},
					() => undefined,
				),
		);
	}

	/**
	 * Reloads into the site's newest build once the answers being written are stored. Its code is bundled with the
	 * page: after an update of the site no chunk of this page's build may be left to load it from.
	 */
	private reload(): void {
		void this.writes.settled().then(reloadIntoNewestBuild);
	}

	private showDecks(focus = true): void {
		void this.session?.then((session) => session.leaveSummary());
		part(this, 'summary').hidden = true;
		const decks = part(this, 'decks');
		decks.hidden = false;
		this.renderCounts();
		if (focus) part(this, 'decks-heading').focus();
	}

	/** Counts are for the deck table; while it is hidden they wait until it is shown. */
	private renderCounts(): void {
		if (!this.context || part(this, 'decks').hidden) return;
		renderDeckTable(part(this, 'deck-rows'), this.choices, this.context);
	}

	/** Another tab (`external`), this page or a repair changed the store: take its progress; a running session goes on with it. */
	private async reloadFromStore(external: boolean): Promise<void> {
		const context = this.context;
		if (!context) return;
		try {
			this.takeProgress(await context.store.load(new Date(), context.timeZone));
			if (external && part(this, 'session').hidden) context.announce(context.t('trainer.storage.external'));
		} catch (error) {
			context.reportStorageError(error);
		}
	}

	/** Shows progress loaded from the store (by this page, or by the import worker after an import). */
	private takeProgress(loaded: LoadResult): void {
		const context = this.context;
		if (!context) return;
		context.progress.records.clear();
		for (const [key, record] of loaded.records) context.progress.records.set(key, record);
		context.progress.settings = loaded.settings;
		context.progress.newIntroducedToday = loaded.newIntroducedToday;
		context.progress.day = loaded.day;
		this.dispatchEvent(new Event(PROGRESS_RELOADED));
		if (reportsAnything(loaded.damage) || loaded.setAsideCount !== this.damage.kept) this.showDamage({ report: loaded.damage, kept: loaded.setAsideCount });
		this.renderCounts();
		void this.session?.then((session) => session.refresh());
	}

	/** Statistics (chart.js, drawn afresh at each opening), the card browser, settings and backup code load when their section is opened. */
	private mountLazyPanels(context: TrainerContext, decks: readonly Deck[]): void {
		const texts = loadTexts(context.t, 'trainer.network.panel', () => this.reload());
		// The cards of the page's decks: what the deck table counts, and so what statistics and the workload count.
		const keys = new Set(decks.flatMap((deck) => deck.cards.map(cardKey)));
		const stats = part<HTMLDetailsElement>(this, 'stats');
		loadOnOpen(stats, () => context.withPanelStrings(() => import('./stats-panel')), (module) => void module.renderStats(part(stats, 'stats-body'), context, keys), { once: false, texts });
		loadOnOpen(
			part<HTMLDetailsElement>(this, 'cards'),
			() => context.withPanelStrings(() => import('./card-browser')),
			(module) => module.mountCardBrowser(part(this, 'cards-body'), context, this.choices),
			{ once: true, texts },
		);
		loadOnOpen(
			part<HTMLDetailsElement>(this, 'settings-panel'),
			() => context.withPanelStrings(() => import('./settings-panel')),
			(module) =>
				module.mountSettings(part<HTMLFormElement>(this, 'settings'), context, () => {
					this.renderCounts();
					this.dispatchEvent(new Event(PROGRESS_RELOADED));
				}),
			{ once: true, texts },
		);
		loadOnOpen(
			part<HTMLDetailsElement>(this, 'optimizer'),
			() => context.withPanelStrings(() => import('./optimizer-panel')),
			(module) => module.mountOptimizer(part(this, 'optimizer-body'), context),
			{ once: true, texts },
		);
		const workload = part<HTMLDetailsElement>(this, 'workload');
		loadOnOpen(workload, () => context.withPanelStrings(() => import('./retention-panel')), (module) => module.renderRetention(part(workload, 'workload-body'), context, [...keys]), { once: false, texts });
		loadOnOpen(
			part<HTMLDetailsElement>(this, 'backup'),
			() => context.withPanelStrings(() => import('./backup-panel')),
			(module) => module.mountBackupPanel(part(this, 'backup-body'), context, decks, (progress) => this.takeProgress(progress)),
			{ once: true, texts },
		);
		loadOnOpen(
			part<HTMLDetailsElement>(this, 'data'),
			() => context.withPanelStrings(() => import('./data-panel')),
			(module) => {
				this.dataPanel = module.mountDataPanel(part(this, 'data-body'), context, {
					changed: () => void this.reloadFromStore(false),
					// Once nothing is kept aside, only what happened to cards is left to say.
					kept: (kept) => this.showDamage({ report: kept === 0 ? { ...this.damage.report, setAside: [] } : this.damage.report, kept }),
				});
				if (this.focusKept) this.focusKeptList();
			},
			{ once: true, texts },
		);
	}
}

customElements.define('trainer-app', TrainerApp);
