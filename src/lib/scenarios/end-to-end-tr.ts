/** Turkish wording of end-to-end scenarios. */
import { assemble, turkishPhrasing, type RenderedScenario } from './assemble';
import { hasEnoughData, type EndToEndScenario } from './end-to-end';
import { formatNumber } from './format';
import { withCase } from './turkish';

export function endToEndInTurkish(s: EndToEndScenario): RenderedScenario {
	const { input, inputPossessive, output, steps, pairs } = s.pipeline.tr;
	const enough = hasEnoughData(s);
	const data = `${formatNumber(s.pairs, 'tr')} ${pairs}`;
	return assemble(
		{
			prompt:
				`Bir sistem, ${withCase(input, 'ablative', { possessive: inputPossessive })} ${output} elde etmek için elle kurulmuş adımlar kullanıyor: ${steps.join(' → ')}. ` +
				`Elinizde ${data} var. Bunun yerine tek bir ağ bütün eşlemeyi uçtan uca öğrenebilir mi? Doğru olan bütün ifadeleri seçin.`,
			verdictOption: 'Burada işlem hattını tek bir uçtan uca ağla değiştirmek işe yarar.',
			conditions: [
				{
					id: 'data',
					holds: enough,
					name: 'bütün eşleme için yeterli veri',
					failsOption: 'Girdiden çıktıya bütün eşlemeyi öğrenmek için yeterli veri yok.',
					reason: enough ? `${data} ile ağ, bütün eşlemenin bol örneğini görüyor` : `yalnızca ${data} ile ağ, her adımı kendi başına öğrenecek kadar örnek göremez`,
				},
			],
			extraOptions: [
				{
					id: 'keep-steps',
					text: 'Burada elle tasarlanmış adımların yararı, maliyetinden büyük olabilir.',
					correct: !enough,
					feedback: enough
						? 'Öyle değil: bu kadar veriyle ağ, adımların yaptığını kendisi öğrenebilir; elle tasarlanmış adımlar onu kısıtlayabilir bile.'
						: 'Doğru: veri azken elle tasarlanmış adımlar, ağın kendi başına öğrenemeyeceği bilgiyi sisteme katar.',
				},
			],
			conclusion: (practical) =>
				practical
					? 'Bu yüzden uçtan uca bir ağ denemeye değer; elle kurulmuş adımları geçebilir bile.'
					: 'Bu yüzden işlem hattını koruyun ya da yalnızca bazı adımlarını öğrenin: uçtan uca öğrenme, bütün eşleme için çok veri ister.',
		},
		turkishPhrasing,
	);
}
