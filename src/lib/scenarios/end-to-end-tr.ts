/** Turkish wording of end-to-end scenarios. */
import { assemble, conditionReport, turkishPhrasing, type RenderedScenario } from './assemble.ts';
import { hasEnoughData, type EndToEndScenario } from './end-to-end.ts';
import { formatNumber } from './format.ts';
import { withCase } from './turkish.ts';

export function endToEndInTurkish(s: EndToEndScenario): RenderedScenario {
	const { input, inputPossessive, output, steps, pairs, pretrained } = s.pipeline.tr;
	const enough = hasEnoughData(s);
	const data = [pairs.described, formatNumber(s.pairs, 'tr'), pairs.counted].filter(Boolean).join(' ');
	const fromPretrained = s.start === 'pretrained' && pretrained !== undefined;
	const start = fromPretrained ? `Ağ, ${pretrained.start} başlayacak.` : 'Ağ sıfırdan eğitilecek.';
	const reason = fromPretrained
		? `${pretrained.start} başlayan ağa ${data} yeter: ${pretrained.evidence}`
		: enough
			? `${data} ile sıfırdan eğitilen ağ, bütün eşlemenin bol örneğini görüyor`
			: `yalnızca ${data} ile sıfırdan eğitilen ağ, her adımı kendi başına öğrenecek kadar örnek göremez`;
	return assemble(
		{
			prompt:
				`Bir sistem, ${withCase(input, 'ablative', { possessive: inputPossessive })} ${output} elde etmek için elle kurulmuş adımlar kullanıyor: ${steps.join(' → ')}. ` +
				`Elinizde ${data} var. ${start} Bunun yerine tek bir ağ bütün eşlemeyi uçtan uca öğrenebilir mi? Doğru olan bütün ifadeleri seçin.`,
			verdictOption: 'Burada işlem hattını tek bir uçtan uca ağla değiştirmek işe yarar.',
			conditions: [conditionReport(turkishPhrasing, 'end-to-end', 'data', enough, reason)],
			extraOptions: [
				{
					id: 'keep-steps',
					text: 'Burada elle tasarlanmış adımların yararının, maliyetinden büyük olması beklenir.',
					correct: !enough,
					feedback: fromPretrained
						? 'Öyle değil: ağ yalnızca bu örneklerden öğrenmiyor; elle tasarlanmış adımların katacağı bilgiyi ağın ön eğitimi zaten sağlıyor.'
						: enough
							? 'Öyle değil: bu kadar veriyle ağ, adımların yaptığını kendisi öğrenebilir; elle tasarlanmış adımlar onu kısıtlayabilir bile.'
							: 'Doğru: veri azken elle tasarlanmış adımlar, ağın kendi başına öğrenemeyeceği bilgiyi sisteme katar.',
				},
			],
			conclusion: (practical) =>
				practical
					? fromPretrained
						? 'Bu yüzden uçtan uca bir ağ denemeye değer: bu örneklerin tek başına öğretemeyeceğini ön eğitim sağlar.'
						: 'Bu yüzden uçtan uca bir ağ denemeye değer; elle kurulmuş adımları geçebilir bile.'
					: 'Bu yüzden işlem hattını koruyun, yalnızca bazı adımlarını öğrenin ya da ön eğitimli bir ağdan başlayın: sıfırdan eğitildiğinde uçtan uca öğrenme, bütün eşleme için çok veri ister.',
		},
		turkishPhrasing,
	);
}
