/** Turkish wording of multi-task scenarios. */
import { turkishPhrasing, type RenderedScenario } from './assemble.ts';
import { formatNumber, listOf } from './format.ts';
import { dataRichTask, renderMultitask, taskLetters, type MultitaskScenario } from './multitask.ts';
import { withCase, type TurkishCase } from './turkish.ts';

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
	const most = dataRichTask(s);
	const least = counts.indexOf(Math.min(...counts));
	const leastData = withCase(`${letter(least, 'locative')}ki`, 'genitive', { possessive: true });
	return `${amounts} var: ${letter(most, 'locative')}ki veri, ${leastData} ${number(counts[most]! / counts[least]!)} katı`;
}

function networkReason(s: MultitaskScenario, bigEnough: boolean): string {
	const probe = `${taskLetters[s.probe]} görevinde`;
	if (bigEnough) return `yalnızca ${probe} eğitildiğinde ağın boş kapasitesi kalıyor ve ağ gerekirse büyütülebilir`;
	return `ağ yalnızca ${probe} bile eksik öğreniyor ve büyütülemiyor, bu yüzden bütün görevlerde birden iyi olamaz`;
}

/** "A", "B ve C" in the nominative: the tasks as the subject of a sentence. */
const letters = (indices: number[]) => listOf(indices.map((i) => taskLetters[i]!), 'tr');

export function multitaskInTurkish(s: MultitaskScenario): RenderedScenario {
	return renderMultitask(s, {
		phrasing: turkishPhrasing,
		prompt: () => {
			const probe = `${taskLetters[s.probe]} görevinde`;
			const capacity = s.underfitsAlone
				? `Yalnızca ${probe} eğitildiğinde bile ağ eksik öğreniyor: eğitim hatası yüksek kalıyor ve ağ daha büyük yapılamıyor (küçük bir cihaza sığması gerekiyor).`
				: `Yalnızca ${probe} eğitildiğinde ağ düşük bir eğitim hatasına ulaşıyor, boş kapasitesi kalıyor ve gerekirse büyütülebilir.`;
			const listing = s.tasks.map(({ task, count }, i) => `${taskLetters[i]} görevi: ${task.tr} (${number(count)} ${task.unit.tr}).`).join(' ');
			return `Tek bir ağ bu görevleri birlikte, her görev için ayrı bir çıktıyla öğrenecek. ${listing} ${capacity} Doğru olan bütün ifadeleri seçin.`;
		},
		verdictOption: 'Görevler tek bir ağda birlikte öğrenildiğinde her görev belirgin biçimde kazanır.',
		reasons: (c) => ({ features: featuresReason(s, c.features), data: dataReason(s, c.data), network: networkReason(s, c.network) }),
		smallTasksGain: {
			text: 'Verisi en az olan görev, diğerleriyle birlikte öğrenmekten kazançlı çıkar.',
			right: (least, partners) =>
				`Doğru: ${taskLetters[least]} düşük seviyeli özniteliklerini ${letters(partners)} ile paylaşıyor, bu yüzden ortak katmanlar bu öznitelikleri ${partners.length === 1 ? letter(partners[0]!, 'genitive') : `${letters(partners)} görevlerinin`} verisinden de öğrenir.`,
			alone: (least) => `Öyle değil: ${taskLetters[least]} buradaki başka hiçbir görevin kullanmadığı özniteliklere dayanıyor; diğerlerinden alabileceği bir şey yok, ona ayrı bir ağ vermek daha iyidir.`,
			tooSmall: 'Öyle değil: ağ bütün görevlere yetecek kadar büyütülemiyor, bu yüzden birlikte öğrenmek hiçbir göreve yaramaz, hepsine zarar da verebilir.',
		},
		notEveryTask: (rich, gainers) =>
			`Her görev belirgin biçimde kazanmaz: ${taskLetters[rich]} görevinin verisi diğerlerininkinden çok daha fazla, bu yüzden ${taskLetters[rich]} onlardan çok az kazanır ya da hiç kazanmaz, hatta biraz kaybedebilir; ${letters(gainers)} ise kazançlı çıkar.`,
		conclusion: {
			practical: 'Bu yüzden birlikte öğrenmekten her görevin belirgin biçimde kazanması beklenir: ortak katmanlar düşük seviyeli öznitelikleri bütün görevlerin verisinden öğrenir.',
			onlyDataFails: (rich, gainers) =>
				`Bu yüzden birlikte öğrenmek ${letters(gainers)} için yine de işe yarar, çünkü ${gainers.length === 1 ? '' : 'ikisi de '}${letter(rich, 'genitive')} verisinden yararlanır; ${taskLetters[rich]} ise çok az kazanır ya da hiç kazanmaz, hatta biraz kaybedebilir, çünkü kendi verisi zaten yeterli.`,
			ownNetwork: (loners, gainers) =>
				`Bu yüzden ${loners.length === 1 ? `${taskLetters[loners[0]!]} görevine ayrı bir ağ vermek daha iyidir, çünkü onun özniteliklerini başka hiçbir görev kullanmıyor` : `${letters(loners)} görevlerine ayrı ağlar vermek daha iyidir, çünkü onların özniteliklerini başka hiçbir görev kullanmıyor`}; diğer görevler yine birlikte öğrenebilir ve bundan ${letters(gainers)} kazançlı çıkar.`,
			separate: 'Bu yüzden ayrı ağlar büyük olasılıkla daha iyi sonuç verir: birlikte öğrenmek ancak görevler düşük seviyeli öznitelikleri paylaştığında ve ağ hepsine yetecek kadar büyütülebildiğinde işe yarar.',
		},
	});
}
