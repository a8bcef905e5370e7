import { PIXELS } from './raster.ts';
import type { Random } from './random.ts';
import { addNoise, type Task } from './task.ts';

const NOTES = 10;
/** Samples per clip, one per input of the network: 0.1 s at 7,840 samples a second. */
export const SAMPLES = PIXELS;
const SAMPLE_RATE = 7840;
const LOWEST_NOTE = 1000;

/**
 * Task B for the violated input condition: ten notes, each a tenth of a
 * second of sound as a microphone records it (a pure tone, a whole tone
 * apart from the next, slightly out of tune, at a random loudness and
 * phase, with faint noise). That is another kind of data than A's
 * drawings: a signal over time, not a picture. The network still receives
 * 784 numbers, the clip's samples written into its 28x28 input row by row,
 * the way a network that only takes images would have to be fed: the
 * format of an image, but not an image (a spectrogram would be one); a
 * network trained from scratch learns the notes from that, but what A's
 * layers learned about strokes and outlines does not describe it.
 */
function drawNote(note: number, random: Random, target: Float32Array): void {
	const pitch = LOWEST_NOTE * 2 ** (note / 6) * random.range(0.99, 1.01);
	const loudness = random.range(0.6, 1);
	const phase = random.range(0, 2 * Math.PI);
	for (let t = 0; t < SAMPLES; t++) target[t] = 0.5 + 0.5 * loudness * Math.sin((2 * Math.PI * pitch * t) / SAMPLE_RATE + phase);
	addNoise(random, target, 0.03);
}

export const soundsTask: Task = {
	id: 'sounds',
	classes: Array.from({ length: NOTES }, (_, note) => ({ id: `note-${note + 1}`, draw: (random: Random, target: Float32Array) => drawNote(note, random, target) })),
};
