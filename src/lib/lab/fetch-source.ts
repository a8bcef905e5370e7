import { loadSource, MODEL_FILE, ModelFileError, parseModelFiles, WEIGHTS_FILE } from './model-files.ts';
import type { Source } from './methods.ts';

async function fetchOrThrow(url: string, file: string): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch (error) {
		throw new ModelFileError(`${file}: could not be fetched from ${url} (${(error as Error).message})`);
	}
	if (!response.ok) throw new ModelFileError(`${file}: could not be fetched from ${url} (HTTP ${response.status})`);
	return response;
}

/** Fetches, checks and builds the shipped source model from `modelDir` (ends in "/"). Failures are ModelFileErrors naming the file. */
export async function fetchSource(modelDir: string): Promise<Source> {
	const [modelJson, weights] = await Promise.all([
		fetchOrThrow(modelDir + MODEL_FILE, MODEL_FILE).then((r) => r.text()),
		fetchOrThrow(modelDir + WEIGHTS_FILE, WEIGHTS_FILE).then((r) => r.arrayBuffer()),
	]);
	return loadSource(parseModelFiles(modelJson, weights));
}
