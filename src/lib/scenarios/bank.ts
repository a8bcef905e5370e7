/**
 * The bilingual bank of tasks the scenarios are made of. Each task states the
 * facts the learner reasons about: its kind of input, the unit its data is
 * counted in, and the low-level features a network must learn for it.
 */
import type { ManipulationId } from '../conditions/manipulations.ts';
import type { NounForms } from './english.ts';

/**
 * Kinds of input: the kind of data and its format, whatever the sensor
 * (photos, X-rays, satellite images and camera frames are all images). The
 * signals over time here each come in a format of their own, with their own
 * channels, sampling rates and meaning (an ECG's leads, a wrist
 * accelerometer's three axes, a seismograph's ground motion, a bearing
 * sensor's vibration), so a network that reads one cannot take another as
 * it is; and each table schema is a kind too: rows with other columns are
 * another kind of input. Signals are given raw, as recorded.
 */
export type InputKind = 'image' | 'audio' | 'text' | 'ecg' | 'accelerometer' | 'seismograph' | 'vibration' | 'loan-table' | 'listing-table' | 'customer-table';

/**
 * Low-level features a network learns for a task. A family belongs to one
 * kind of input: features are never shared across kinds of input.
 */
export interface FeatureFamily {
	id: string;
	input: InputKind;
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
	/** What was done to this task's data, when it is one of the manipulations the lessons and the lab discuss. */
	manipulation?: ManipulationId;
}

/** Names of the kinds of input; a name equal to a task's unit ("ECG traces") is not repeated after it. */
export const inputKindNames: Record<InputKind, { en: string; tr: string }> = {
	image: { en: 'images', tr: 'görüntü' },
	audio: { en: 'audio', tr: 'ses' },
	text: { en: 'text', tr: 'metin' },
	ecg: { en: 'ECG traces', tr: 'EKG kaydı' },
	accelerometer: { en: 'accelerometer signals', tr: 'ivmeölçer sinyali' },
	seismograph: { en: 'seismograph traces', tr: 'sismograf kaydı' },
	vibration: { en: 'vibration signals', tr: 'titreşim sinyali' },
	'loan-table': { en: 'rows with income, debt and loan-term columns', tr: 'gelir, borç ve vade sütunlu tablo satırı' },
	'listing-table': { en: 'rows with floor-area, rooms and district columns', tr: 'alan, oda sayısı ve semt sütunlu tablo satırı' },
	'customer-table': { en: 'rows with plan, usage and payment-history columns', tr: 'tarife, kullanım ve ödeme geçmişi sütunlu tablo satırı' },
};

const edgesAndTextures: FeatureFamily = { id: 'edges-textures', input: 'image', shareable: true, en: 'edges, corners and textures', tr: 'kenarlar, köşeler ve dokular' };
/**
 * Speech, music and everyday sounds share their low-level features, as two
 * image tasks share edges and textures: onsets, harmonics and the way energy
 * spreads over frequencies describe a spoken word, a bird's song and an
 * engine alike. Phonemes are not among them: a speech network builds them
 * in its higher layers, which is what makes one pretrained model closer to
 * task B than another (the lung-sounds exercise), not whether condition 3
 * holds. Features learned even on photos help spectrograms (the
 * transfer-learning lesson's AST note).
 */
const soundFeatures: FeatureFamily = {
	id: 'sound-features',
	input: 'audio',
	shareable: true,
	en: 'onsets, harmonics and the way energy spreads over frequencies',
	tr: 'ses başlangıçları, harmonikler ve enerjinin frekanslara dağılımı',
};
const wordPieces: FeatureFamily = { id: 'word-pieces', input: 'text', shareable: true, en: 'word pieces and the ways they combine', tr: 'sözcük parçaları ve bunların birleşme biçimleri' };

/** Families that fit only their own task: no other task in the bank relies on them. */
function ownFeatures(id: string, input: InputKind, en: string, tr: string): FeatureFamily {
	return { id, input, shareable: false, en, tr };
}

export const tasks: readonly Task[] = [
	{ id: 'animal-species', input: 'image', features: edgesAndTextures, en: 'sorting photos of animals into species', tr: 'hayvan fotoğraflarını türlerine göre ayırmak', unit: { en: { one: 'photo', other: 'photos' }, tr: 'fotoğraf' } },
	{ id: 'chest-xray', input: 'image', features: edgesAndTextures, en: 'spotting pneumonia on chest X-rays', tr: 'göğüs röntgenlerinde zatürre belirtisi bulmak', unit: { en: { one: 'X-ray image', other: 'X-ray images' }, tr: 'röntgen görüntüsü' } },
	{ id: 'wall-cracks', input: 'image', features: edgesAndTextures, en: 'finding cracks in photos of concrete walls', tr: 'beton duvar fotoğraflarında çatlak bulmak', unit: { en: { one: 'wall photo', other: 'wall photos' }, tr: 'duvar fotoğrafı' } },
	{ id: 'road-signs', input: 'image', features: edgesAndTextures, en: 'recognizing road signs in dashboard camera frames', tr: 'araç kamerası karelerinde trafik işaretlerini tanımak', unit: { en: { one: 'camera frame', other: 'camera frames' }, tr: 'kamera karesi' } },
	{ id: 'leaf-disease', input: 'image', features: edgesAndTextures, en: 'telling diseased plant leaves from healthy ones', tr: 'hastalıklı bitki yapraklarını sağlıklı olanlardan ayırmak', unit: { en: { one: 'leaf photo', other: 'leaf photos' }, tr: 'yaprak fotoğrafı' } },
	{ id: 'satellite-crops', input: 'image', features: edgesAndTextures, en: 'classifying crop types in satellite images', tr: 'uydu görüntülerinde ekin türlerini sınıflandırmak', unit: { en: { one: 'satellite image', other: 'satellite images' }, tr: 'uydu görüntüsü' } },
	{
		id: 'shuffled-digits', input: 'image',
		features: ownFeatures('shuffled-pixels', 'image', 'pixel values that carry no local pattern once shuffled by a fixed permutation', 'sabit bir permütasyonla karıştırıldığı için yerel örüntü taşımayan piksel değerleri'),
		en: 'reading handwritten digits whose pixels were shuffled by a fixed permutation', tr: 'pikselleri sabit bir permütasyonla karıştırılmış el yazısı rakamları okumak',
		unit: { en: { one: 'image', other: 'images' }, tr: 'görüntü' },
		manipulation: 'shuffled-pixels',
	},
	{ id: 'speech-commands', input: 'audio', features: soundFeatures, en: 'recognizing spoken commands', tr: 'sesli komutları tanımak', unit: { en: { one: 'audio clip', other: 'audio clips' }, tr: 'ses kaydı' } },
	{ id: 'dictation', input: 'audio', features: soundFeatures, en: 'transcribing dictated notes', tr: 'dikte edilen notları yazıya dökmek', unit: { en: { one: 'dictated note', other: 'dictated notes' }, tr: 'dikte kaydı' } },
	{ id: 'bird-songs', input: 'audio', features: soundFeatures, en: 'identifying birds by their songs', tr: 'kuşları ötüşlerinden tanımak', unit: { en: { one: 'recording', other: 'recordings' }, tr: 'ses kaydı' } },
	{ id: 'engine-sounds', input: 'audio', features: soundFeatures, en: 'detecting faulty car engines by their sound', tr: 'arızalı araba motorlarını seslerinden tespit etmek', unit: { en: { one: 'engine recording', other: 'engine recordings' }, tr: 'motor sesi kaydı' } },
	{ id: 'music-genre', input: 'audio', features: soundFeatures, en: 'sorting songs by genre', tr: 'şarkıları türlerine göre ayırmak', unit: { en: { one: 'song clip', other: 'song clips' }, tr: 'şarkı kaydı' } },
	{ id: 'bearing-wear', input: 'vibration', features: ownFeatures('vibration-spectra', 'vibration', 'frequency peaks in machine vibration', 'makine titreşimindeki frekans tepeleri'), en: 'detecting worn bearings from vibration sensor signals', tr: 'titreşim sensörü sinyallerinden aşınmış rulmanları tespit etmek', unit: { en: { one: 'vibration signal', other: 'vibration signals' }, tr: 'titreşim sinyali' } },
	{ id: 'heartbeat', input: 'ecg', features: ownFeatures('heartbeat-shapes', 'ecg', 'the shapes of heartbeats in an ECG trace', 'EKG kaydındaki kalp atışlarının biçimleri'), en: 'spotting irregular heartbeats in ECG traces', tr: 'EKG kayıtlarında düzensiz kalp atışlarını bulmak', unit: { en: { one: 'ECG trace', other: 'ECG traces' }, tr: 'EKG kaydı' } },
	{ id: 'activity', input: 'accelerometer', features: ownFeatures('motion-rhythms', 'accelerometer', 'rhythms of arm movement in acceleration', 'ivmedeki kol hareketi ritimleri'), en: 'recognizing walking, running and cycling from a wrist accelerometer', tr: 'bilek ivmeölçerinin verisinden yürüme, koşma ve bisiklet sürmeyi tanımak', unit: { en: { one: 'accelerometer signal', other: 'accelerometer signals' }, tr: 'ivmeölçer sinyali' } },
	{ id: 'seismic', input: 'seismograph', features: ownFeatures('seismic-phases', 'seismograph', 'the arrival and shape of seismic waves', 'sismik dalgaların varışı ve biçimi'), en: 'telling earthquakes from quarry blasts in seismograph traces', tr: 'sismograf kayıtlarında depremleri taş ocağı patlamalarından ayırmak', unit: { en: { one: 'seismograph trace', other: 'seismograph traces' }, tr: 'sismograf kaydı' } },
	{ id: 'review-sentiment', input: 'text', features: wordPieces, en: 'telling positive from negative product reviews', tr: 'olumlu ürün yorumlarını olumsuzlardan ayırmak', unit: { en: { one: 'user review', other: 'user reviews' }, tr: 'kullanıcı yorumu' } },
	{ id: 'spam', input: 'text', features: wordPieces, en: 'filtering spam emails', tr: 'istenmeyen e-postaları ayıklamak', unit: { en: { one: 'email', other: 'emails' }, tr: 'e-posta' } },
	{ id: 'news-topics', input: 'text', features: wordPieces, en: 'sorting news articles by topic', tr: 'haber metinlerini konularına göre sınıflandırmak', unit: { en: { one: 'article', other: 'articles' }, tr: 'haber metni' } },
	{ id: 'next-word', input: 'text', features: wordPieces, en: 'predicting the next word on web pages', tr: 'web sayfalarında bir sonraki sözcüğü tahmin etmek', unit: { en: { one: 'web page', other: 'web pages' }, tr: 'web sayfası' } },
	{ id: 'support-tickets', input: 'text', features: wordPieces, en: 'routing customer support tickets to the right team', tr: 'müşteri destek taleplerini doğru ekibe yönlendirmek', unit: { en: { one: 'support ticket', other: 'support tickets' }, tr: 'destek talebi' } },
	/**
	 * The text analogue of shuffled pixels: one fixed substitution keeps the structure a network trained from
	 * scratch can learn, but none of the word pieces a pretrained text model knows. Modern encryption would not
	 * do: its output looks random, so no network could learn anything from it.
	 */
	{
		id: 'cipher-topics', input: 'text',
		features: ownFeatures('cipher-letter-groups', 'text', 'letter groups that stand for words under the cipher and match no word piece of plain text', 'şifrede sözcüklerin yerini tutan, düz metnin hiçbir sözcük parçasına uymayan harf grupları'),
		en: 'sorting messages written in a simple letter-substitution cipher by topic', tr: 'basit harf değiştirmeli şifreyle yazılmış mesajları konularına göre ayırmak',
		unit: { en: { one: 'enciphered message', other: 'enciphered messages' }, tr: 'şifreli mesaj' },
	},
	{
		id: 'loan-default', input: 'loan-table',
		features: ownFeatures('loan-columns', 'loan-table', 'relations between the income, debt and loan-term columns', 'gelir, borç ve vade sütunları arasındaki ilişkiler'),
		en: 'predicting loan defaults from application forms', tr: 'başvuru formlarından kredi temerrüdünü tahmin etmek',
		unit: { en: { one: 'loan application', other: 'loan applications' }, tr: 'kredi başvurusu' },
	},
	{
		id: 'house-prices', input: 'listing-table',
		features: ownFeatures('listing-columns', 'listing-table', 'relations between the floor-area, rooms and district columns', 'alan, oda sayısı ve semt sütunları arasındaki ilişkiler'),
		en: 'estimating house prices from listings', tr: 'ilan verilerinden ev fiyatı tahmin etmek',
		unit: { en: { one: 'listing', other: 'listings' }, tr: 'ilan' },
	},
	{
		id: 'churn', input: 'customer-table',
		features: ownFeatures('customer-columns', 'customer-table', 'relations between the plan, usage and payment-history columns', 'tarife, kullanım ve ödeme geçmişi sütunları arasındaki ilişkiler'),
		en: 'predicting which customers will cancel their subscription', tr: 'hangi müşterilerin aboneliğini iptal edeceğini tahmin etmek',
		unit: { en: { one: 'customer record', other: 'customer records' }, tr: 'müşteri kaydı' },
	},
];

/** Whether a network trained for `source` learns low-level features that help `target`: never across kinds of input. */
export function featuresCarryOver(source: Task, target: Task): boolean {
	return source.input === target.input && source.features.shareable && source.features.id === target.features.id;
}
