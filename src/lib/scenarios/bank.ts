/**
 * The bilingual bank of tasks the scenarios are made of. Each task states the
 * facts the learner reasons about: its kind of input, the unit its data is
 * counted in, and the low-level features a network must learn for it.
 */
import type { NounForms } from './english';

export type InputKind = 'image' | 'audio' | 'text' | 'sensor' | 'tabular';

export interface FeatureFamily {
	id: string;
	/** Whether another task can reuse these features; false for features that only fit their own data. */
	shareable: boolean;
	en: string;
	tr: string;
}

export interface Task {
	id: string;
	input: InputKind;
	features: FeatureFamily;
	/** What the task does, as a verb phrase ("sorting photos of animals into species"). */
	en: string;
	/** The same as an infinitive phrase ("hayvan fotoğraflarını türlerine göre ayırmak"). */
	tr: string;
	/** One example of the task's data, counted. */
	unit: { en: NounForms; tr: string };
}

export const inputKindNames: Record<InputKind, { en: string; tr: string }> = {
	image: { en: 'images', tr: 'görüntü' },
	audio: { en: 'audio', tr: 'ses' },
	text: { en: 'text', tr: 'metin' },
	sensor: { en: 'sensor signals', tr: 'sensör sinyali' },
	tabular: { en: 'rows of a table', tr: 'tablo satırı' },
};

const edgesAndTextures: FeatureFamily = { id: 'edges-textures', shareable: true, en: 'edges, corners and textures', tr: 'kenarlar, köşeler ve dokular' };
const waveforms: FeatureFamily = {
	id: 'waveforms',
	shareable: true,
	en: 'rhythms and frequency patterns in a signal over time',
	tr: 'zamana yayılan bir sinyaldeki ritimler ve frekans örüntüleri',
};
const wordPieces: FeatureFamily = { id: 'word-pieces', shareable: true, en: 'word pieces and the ways they combine', tr: 'kelime parçaları ve bunların birleşme biçimleri' };

/** Families that fit only their own task: no other task in the bank relies on them. */
function ownFeatures(id: string, en: string, tr: string): FeatureFamily {
	return { id, shareable: false, en, tr };
}

export const tasks: readonly Task[] = [
	{ id: 'animal-species', input: 'image', features: edgesAndTextures, en: 'sorting photos of animals into species', tr: 'hayvan fotoğraflarını türlerine göre ayırmak', unit: { en: { one: 'photo', other: 'photos' }, tr: 'fotoğraf' } },
	{ id: 'chest-xray', input: 'image', features: edgesAndTextures, en: 'spotting pneumonia on chest X-rays', tr: 'göğüs röntgenlerinde zatürre belirtisi bulmak', unit: { en: { one: 'X-ray image', other: 'X-ray images' }, tr: 'röntgen görüntüsü' } },
	{ id: 'wall-cracks', input: 'image', features: edgesAndTextures, en: 'finding cracks in photos of concrete walls', tr: 'beton duvar fotoğraflarında çatlak bulmak', unit: { en: { one: 'wall photo', other: 'wall photos' }, tr: 'duvar fotoğrafı' } },
	{ id: 'road-signs', input: 'image', features: edgesAndTextures, en: 'recognising road signs in dashboard camera frames', tr: 'araç kamerası karelerinde trafik işaretlerini tanımak', unit: { en: { one: 'camera frame', other: 'camera frames' }, tr: 'kamera karesi' } },
	{ id: 'leaf-disease', input: 'image', features: edgesAndTextures, en: 'telling diseased plant leaves from healthy ones', tr: 'hastalıklı bitki yapraklarını sağlıklı olanlardan ayırmak', unit: { en: { one: 'leaf photo', other: 'leaf photos' }, tr: 'yaprak fotoğrafı' } },
	{ id: 'satellite-crops', input: 'image', features: edgesAndTextures, en: 'classifying crop types in satellite images', tr: 'uydu görüntülerinde ekin türlerini sınıflandırmak', unit: { en: { one: 'satellite image', other: 'satellite images' }, tr: 'uydu görüntüsü' } },
	{
		id: 'shuffled-digits', input: 'image',
		features: ownFeatures('shuffled-pixels', 'pixel values that carry no local pattern once shuffled by a fixed permutation', 'sabit bir permütasyonla karıştırıldığı için yerel örüntü taşımayan piksel değerleri'),
		en: 'reading handwritten digits whose pixels were shuffled by a fixed permutation', tr: 'pikselleri sabit bir permütasyonla karıştırılmış el yazısı rakamları okumak',
		unit: { en: { one: 'image', other: 'images' }, tr: 'görüntü' },
	},
	{ id: 'speech-commands', input: 'audio', features: waveforms, en: 'recognising spoken commands', tr: 'sesli komutları tanımak', unit: { en: { one: 'audio clip', other: 'audio clips' }, tr: 'ses kaydı' } },
	{ id: 'bird-songs', input: 'audio', features: waveforms, en: 'identifying birds by their songs', tr: 'kuşları ötüşlerinden tanımak', unit: { en: { one: 'recording', other: 'recordings' }, tr: 'ses kaydı' } },
	{ id: 'engine-sounds', input: 'audio', features: waveforms, en: 'detecting faulty car engines by their sound', tr: 'arızalı araba motorlarını seslerinden tespit etmek', unit: { en: { one: 'engine recording', other: 'engine recordings' }, tr: 'motor sesi kaydı' } },
	{ id: 'music-genre', input: 'audio', features: waveforms, en: 'sorting songs by genre', tr: 'şarkıları türlerine göre ayırmak', unit: { en: { one: 'song clip', other: 'song clips' }, tr: 'şarkı kaydı' } },
	{ id: 'bearing-wear', input: 'sensor', features: waveforms, en: 'detecting worn bearings from vibration sensor signals', tr: 'titreşim sensörü sinyallerinden aşınmış rulmanları tespit etmek', unit: { en: { one: 'vibration signal', other: 'vibration signals' }, tr: 'titreşim sinyali' } },
	{ id: 'heartbeat', input: 'sensor', features: waveforms, en: 'spotting irregular heartbeats in ECG traces', tr: 'EKG kayıtlarında düzensiz kalp atışlarını bulmak', unit: { en: { one: 'ECG trace', other: 'ECG traces' }, tr: 'EKG kaydı' } },
	{ id: 'activity', input: 'sensor', features: waveforms, en: 'recognising walking, running and cycling from a wrist accelerometer', tr: 'bilek ivmeölçerinin verisinden yürüme, koşma ve bisiklet sürmeyi tanımak', unit: { en: { one: 'accelerometer signal', other: 'accelerometer signals' }, tr: 'ivmeölçer sinyali' } },
	{ id: 'seismic', input: 'sensor', features: waveforms, en: 'telling earthquakes from quarry blasts in seismograph traces', tr: 'sismograf kayıtlarında depremleri taş ocağı patlamalarından ayırmak', unit: { en: { one: 'seismograph trace', other: 'seismograph traces' }, tr: 'sismograf kaydı' } },
	{ id: 'review-sentiment', input: 'text', features: wordPieces, en: 'telling positive from negative product reviews', tr: 'olumlu ürün yorumlarını olumsuzlardan ayırmak', unit: { en: { one: 'user review', other: 'user reviews' }, tr: 'kullanıcı yorumu' } },
	{ id: 'spam', input: 'text', features: wordPieces, en: 'filtering spam emails', tr: 'istenmeyen e-postaları ayıklamak', unit: { en: { one: 'email', other: 'emails' }, tr: 'e-posta' } },
	{ id: 'news-topics', input: 'text', features: wordPieces, en: 'sorting news articles by topic', tr: 'haber metinlerini konularına göre sınıflandırmak', unit: { en: { one: 'article', other: 'articles' }, tr: 'haber metni' } },
	{ id: 'next-word', input: 'text', features: wordPieces, en: 'predicting the next word on web pages', tr: 'web sayfalarında bir sonraki kelimeyi tahmin etmek', unit: { en: { one: 'web page', other: 'web pages' }, tr: 'web sayfası' } },
	{ id: 'support-tickets', input: 'text', features: wordPieces, en: 'routing customer support tickets to the right team', tr: 'müşteri destek taleplerini doğru ekibe yönlendirmek', unit: { en: { one: 'support ticket', other: 'support tickets' }, tr: 'destek talebi' } },
	{
		id: 'cipher-senders', input: 'text',
		features: ownFeatures('ciphertext', 'character statistics of ciphertext, in which no word pieces survive', 'hiçbir kelime parçasının kalmadığı şifreli metnin karakter istatistikleri'),
		en: 'sorting encrypted messages by sender', tr: 'şifrelenmiş mesajları gönderenlerine göre ayırmak',
		unit: { en: { one: 'encrypted message', other: 'encrypted messages' }, tr: 'şifreli mesaj' },
	},
	{
		id: 'loan-default', input: 'tabular',
		features: ownFeatures('loan-columns', 'relations between the income, debt and loan-term columns', 'gelir, borç ve vade sütunları arasındaki ilişkiler'),
		en: 'predicting loan defaults from application forms', tr: 'başvuru formlarından kredi temerrüdünü tahmin etmek',
		unit: { en: { one: 'loan application', other: 'loan applications' }, tr: 'kredi başvurusu' },
	},
	{
		id: 'house-prices', input: 'tabular',
		features: ownFeatures('listing-columns', 'relations between the floor-area, rooms and district columns', 'alan, oda sayısı ve semt sütunları arasındaki ilişkiler'),
		en: 'estimating house prices from listings', tr: 'ilan verilerinden ev fiyatı tahmin etmek',
		unit: { en: { one: 'listing', other: 'listings' }, tr: 'ilan' },
	},
	{
		id: 'churn', input: 'tabular',
		features: ownFeatures('customer-columns', 'relations between the plan, usage and payment-history columns', 'tarife, kullanım ve ödeme geçmişi sütunları arasındaki ilişkiler'),
		en: 'predicting which customers will cancel their subscription', tr: 'hangi müşterilerin aboneliğini iptal edeceğini tahmin etmek',
		unit: { en: { one: 'customer record', other: 'customer records' }, tr: 'müşteri kaydı' },
	},
];

/** Whether a network trained for `source` learns low-level features that help `target`. */
export function featuresCarryOver(source: Task, target: Task): boolean {
	return source.features.shareable && source.features.id === target.features.id;
}
