import { IMAGE_SIZE } from './raster.ts';
import { createRandom, type Random } from './random.ts';
import { addNoise, type Task } from './task.ts';

const TILE = 4;
const CLASS_COUNT = 10;
/** Fixed, so every learner and every run sees the same ten textures. */
const TILE_SEED = 20261127;

/**
 * Task B for the third condition: ten random 4x4 tile patterns, each a
 * fixed random 4x4 binary tile repeated over the canvas at a random offset
 * and contrast (named so to learners, not "textures": natural textures are
 * well described by ImageNet features). Nothing in task A's shapes looks
 * like this, so A's features were never trained to separate such patterns.
 */
function makeTiles(): Uint8Array[] {
	const random = createRandom(TILE_SEED);
	const tiles: Uint8Array[] = [];
	while (tiles.length < CLASS_COUNT) {
		const tile = Uint8Array.from({ length: TILE * TILE }, () => (random.next() < 0.5 ? 1 : 0));
		const on = tile.reduce((sum, bit) => sum + bit, 0);
		// Nearly blank or nearly full tiles would make classes separable by brightness alone.
		if (on < 6 || on > 10) continue;
		tiles.push(tile);
	}
	return tiles;
}

function drawTexture(tile: Uint8Array, random: Random, target: Float32Array): void {
	const offsetX = random.int(TILE);
	const offsetY = random.int(TILE);
	const contrast = random.range(0.5, 1);
	for (let row = 0; row < IMAGE_SIZE; row++) {
		for (let col = 0; col < IMAGE_SIZE; col++) {
			const bit = tile[((row + offsetY) % TILE) * TILE + ((col + offsetX) % TILE)] as number;
			target[row * IMAGE_SIZE + col] = bit * contrast;
		}
	}
	addNoise(random, target, 0.15);
}

const tiles = makeTiles();

export const texturesTask: Task = {
	id: 'textures',
	classes: tiles.map((tile, index) => ({
		id: `texture-${index + 1}`,
		draw: (random: Random, target: Float32Array) => drawTexture(tile, random, target),
	})),
};
