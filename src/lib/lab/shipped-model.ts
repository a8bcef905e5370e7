import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseManifest, MANIFEST_FILE, type SourceManifest } from './manifest.ts';
import { MODEL_FILE, parseModelFiles, WEIGHTS_FILE } from './model-files.ts';
import type { io } from '@tensorflow/tfjs-core';

/** For tests in Node: the committed source model's files from public/models/source/. */
export const SHIPPED_MODEL_DIR = fileURLToPath(new URL('../../../public/models/source/', import.meta.url));

export function readShippedModel(): { manifest: SourceManifest; artifacts: io.ModelArtifacts; modelJsonText: string; weights: ArrayBuffer } {
	const modelJsonText = readFileSync(SHIPPED_MODEL_DIR + MODEL_FILE, 'utf8');
	const bytes = readFileSync(SHIPPED_MODEL_DIR + WEIGHTS_FILE);
	const weights = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	return {
		manifest: parseManifest(readFileSync(SHIPPED_MODEL_DIR + MANIFEST_FILE, 'utf8')),
		artifacts: parseModelFiles(modelJsonText, weights),
		modelJsonText,
		weights,
	};
}
