import { isLeech, leechThreshold } from '../../lib/srs/leech';
import { RATINGS } from '../../lib/srs/types';
import { answeredCount, nextDue } from '../../lib/trainer-session/summary';
import { cardId, lessonLink, listedText } from './card-cells';
import { el, part } from './dom';
import type { TrainerContext } from './progress';
import type { SessionEnd } from './session-controller';

/** The end of a session: answers per rating, time spent, cards that became leeches, when this deck is due next. */
export function renderSummary(section: HTMLElement, end: SessionEnd, context: TrainerContext): void {
	const { t, fmt, progress } = context;
	const count = answeredCount(end.summary);
	const lines: HTMLElement[] = [];
	if (count === 0) {
		lines.push(el('p', {}, [t('trainer.summary.nothing')]));
	} else {
		lines.push(
			el('p', {}, [t('trainer.summary.answered', { count: fmt.number(count), time: fmt.duration(end.summary.spentMs) })]),
			el('table', { class: 'trainer-summary-table' }, [
				el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, [t('trainer.summary.rating')]), el('th', { scope: 'col' }, [t('trainer.summary.count')])])]),
				el(
					'tbody',
					{},
					RATINGS.map((rating) =>
						el('tr', {}, [el('th', { scope: 'row' }, [t(`trainer.rate.${rating}`)]), el('td', {}, [fmt.number(end.summary.counts[rating])])]),
					),
				),
			]),
		);
	}
	const now = new Date();
	const learning = end.queue.remaining().learning;
	const learningDue = end.queue.nextLearningDue();
	if (learning > 0 && learningDue) {
		lines.push(el('p', {}, [t('trainer.summary.learningLater', { count: fmt.number(learning), time: fmt.time(learningDue) })]));
	}
	const leeches = end.leeches.filter((key) => isLeech(progress.records.get(key), leechThreshold(progress.settings)));
	if (leeches.length > 0) {
		lines.push(
			el('p', {}, [t('trainer.leeches.inSession')]),
			el(
				'ul',
				{},
				leeches.map((key) => {
					const textId = cardId('trainer-summary-leech', key);
					return el('li', {}, [el('span', { id: textId }, [listedText(key, context)]), ' ', lessonLink(key, textId, context)]);
				}),
			),
		);
	}
	const next = nextDue(end.keys, (key) => progress.records.get(key)?.due, now);
	lines.push(el('p', {}, [next ? t('trainer.summary.next', { date: fmt.dateTime(next) }) : t('trainer.summary.noNext')]));
	part(section, 'summary-body').replaceChildren(...lines);
	section.hidden = false;
	part(section, 'summary-heading').focus();
}
