/** Turkish wording of multi-task scenarios. */
import { assemble, turkishPhrasing, type RenderedScenario } from './assemble';
import { formatNumber, listOf } from './format';
import { multitaskConditions, taskLetters, type MultitaskScenario } from './multitask';
import { withCase, type TurkishCase } from './turkish';

const number = (value: number) => formatNumber(value, 'tr');
const letter = (i: number, c: TurkishCase) => withCase(taskLetters[i]!, c, { proper: true });

function featuresReason(s: MultitaskScenario, shared: boolean): string {
	if (shared) return `bütün görevler aynı düşük seviyeli özniteliklere dayanıyor (${s.tasks[0]!.task.features.tr})`;
	return s.tasks.map(({ task }, i) => `${letter(i, 'genitive')} dayandığı öznitelikler: ${task.features.tr}`).join('; ');
}

function dataReason(s: MultitaskScenario, similar: boolean): string {
	const amounts = listOf(s.tasks.map(({ task, count }, i) => `${letter(i, 'locative')} ${number(count)} ${task.unit.tr}`), 'tr');
	if (similar) return `${amounts} var; en büyük miktar en küçüğün en fazla 2 katı`;
	const counts = s.tasks.map((t) => t.count);
	const most = counts.indexOf(Math.max(...counts));
	const least = counts.indexOf(Math.min(...counts));
	const leastData = withCase(`${letter(least, 'locative')}ki`, 'genitive', { possessive: true });
	return `${amounts} var: ${letter(most, 'locative')}ki veri, ${leastData} ${number(counts[most]! / counts[least]!)} katı`;
}

function networkReason(s: MultitaskScenario, bigEnough: boolean): string {
	const probe = `${taskLetters[s.probe]} görevinde`;
	if (bigEnough) return `yalnızca ${probe} eğitildiğinde ağın boş kapasitesi kalıyor`;
	return `ağ yalnızca ${probe} bile eksik öğreniyor, bu yüzden bütün görevlerde birden iyi olamaz`;
}

export function multitaskInTurkish(s: MultitaskScenario): RenderedScenario {
	const conditions = multitaskConditions(s);
	const probe = `${taskLetters[s.probe]} görevinde`;
	const capacity = s.underfitsAlone
		? `Yalnızca ${probe} eğitildiğinde bile ağ eksik öğreniyor: eğitim hatası yüksek kalıyor.`
		: `Yalnızca ${probe} eğitildiğinde ağ düşük bir eğitim hatasına ulaşıyor ve boş kapasitesi kalıyor.`;
	const listing = s.tasks.map(({ task, count }, i) => `${taskLetters[i]} görevi: ${task.tr} (${number(count)} ${task.unit.tr}).`).join(' ');
	return assemble(
		{
			prompt: `Tek bir ağ bu görevleri birlikte, her görev için ayrı bir çıktıyla öğrenecek. ${listing} ${capacity} Doğru olan bütün ifadeleri seçin.`,
			verdictOption: 'Burada çoklu görev öğrenmesi işe yarar.',
			conditions: [
				{ id: 'features', holds: conditions.sharedFeatures, name: 'ortak düşük seviyeli öznitelikler', failsOption: 'Görevler düşük seviyeli öznitelikleri paylaşmıyor.', reason: featuresReason(s, conditions.sharedFeatures) },
				{ id: 'data', holds: conditions.similarData, name: 'birbirine yakın veri miktarları', failsOption: 'Görevlerin veri miktarları birbirine yakın değil.', reason: dataReason(s, conditions.similarData) },
				{ id: 'network', holds: conditions.bigEnoughNetwork, name: 'bütün görevlere yetecek büyüklükte bir ağ', failsOption: 'Ağ, bütün görevler için yeterince büyük değil.', reason: networkReason(s, conditions.bigEnoughNetwork) },
			],
			conclusion: (practical) =>
				practical
					? 'Bu yüzden bütün görevleri öğrenen tek bir ağ, ayrı ağlar kadar iyi ya da daha iyi olabilir.'
					: 'Bu yüzden ayrı ağlar büyük olasılıkla daha iyi sonuç verir: çoklu görev öğrenmesi ancak üç koşul da sağlandığında işe yarar.',
		},
		turkishPhrasing,
	);
}
