/** Turkish wording of transfer scenarios. */
import { assemble, conditionReports, turkishPhrasing, type RenderedScenario } from './assemble.ts';
import { inputKindNames, type Task } from './bank.ts';
import { formatNumber } from './format.ts';
import { numberWithCase, withCase } from './turkish.ts';
import { transferConditions, type TransferScenario } from './transfer.ts';

const number = (value: number) => formatNumber(value, 'tr');
const A = (c: Parameters<typeof withCase>[1]) => withCase('A', c, { proper: true });
const B = (c: Parameters<typeof withCase>[1]) => withCase('B', c, { proper: true });

/** "ses kaydı (ses)"; just "görüntü" when the unit already names the kind. */
function withKind(task: Task): string {
	const kind = inputKindNames[task.input].tr;
	return task.unit.tr === kind ? kind : `${task.unit.tr} (${kind})`;
}

function inputReason({ source, target }: TransferScenario, same: boolean): string {
	const examples = `${A('genitive')} bir örneği bir ${source.unit.tr}, ${B('genitive')}ki bir ${target.unit.tr}`;
	if (same) return `${examples}: ikisi de ${inputKindNames[source.input].tr}`;
	return `${A('genitive')} bir örneği bir ${withKind(source)}, ${B('genitive')}ki ise bir ${withKind(target)}`;
}

function dataReason(s: TransferScenario, muchMore: boolean): string {
	const sourceData = `${number(s.sourceCount)} ${s.source.unit.tr}`;
	const targetData = `${number(s.targetCount)} ${s.target.unit.tr}`;
	if (muchMore) return `${A('locative')} ${sourceData} var; bu, ${B('locative')}ki ${numberWithCase(s.targetCount, 'genitive')} ${number(s.sourceCount / s.targetCount)} katı`;
	if (s.sourceCount === s.targetCount) return `${A('locative')} ${sourceData}, ${B('locative')} de ${targetData} var: ${B('genitive')} verisi ${A('genitive')}ki kadar`;
	return `${B('locative')} ${targetData} var; bu, ${A('locative')}ki ${numberWithCase(s.sourceCount, 'genitive')} ${number(s.targetCount / s.sourceCount)} katı`;
}

function featuresReason({ source, target }: TransferScenario, sameInput: boolean, useful: boolean): string {
	if (useful) return `iki görev de aynı düşük seviyeli özniteliklere dayanıyor (${source.features.tr})`;
	if (!sameInput) return `${A('genitive')} öznitelikleri (${source.features.tr}) başka türden bir girdide öğrenildi ve ${B('genitive')} girdisini (${inputKindNames[target.input].tr}) betimlemez`;
	return `A için öğrenilen öznitelikler (${source.features.tr}) ${B('genitive')} dayandığı özniteliklerden (${target.features.tr}) farklı`;
}

export function transferInTurkish(s: TransferScenario): RenderedScenario {
	const conditions = transferConditions(s);
	return assemble(
		{
			prompt:
				`A görevi: ${s.source.tr} (${number(s.sourceCount)} ${s.source.unit.tr}). ` +
				`B görevi: ${s.target.tr} (${number(s.targetCount)} ${s.target.unit.tr}). ` +
				`Bir ağı A görevinde ön eğitip B görevinde yeniden kullanmak istiyorsunuz. Doğru olan bütün ifadeleri seçin.`,
			verdictOption: `${A('ablative')} ${B('dative')} öğrenme aktarması işe yarar.`,
			conditions: conditionReports(turkishPhrasing, 'transfer', conditions, { input: inputReason(s, conditions.input), data: dataReason(s, conditions.data), features: featuresReason(s, conditions.input, conditions.features) }),
			conclusion: (practical) =>
				practical
					? `Bu yüzden ${A('genitive')} ağını B için yeniden kullanmak (öznitelik çıkarmayla ya da ince ayarla) işe yarar.`
					: !conditions.input
						? `Bu yüzden ${A('genitive')} ağı B için yeniden kullanılamaz: başka türden bir girdiyi okur. ${B('genitive')} girdi türünde ön eğitim görmüş bir ağ arayın ya da sıfırdan eğitin.`
						: `Bu yüzden ${A('ablative')} ${B('dative')} öğrenme aktarması güvenilir bir yol değildir: bir kazanca bel bağlamayın ve sonucu sıfırdan eğitilmiş bir modelle karşılaştırın.`,
		},
		turkishPhrasing,
	);
}
