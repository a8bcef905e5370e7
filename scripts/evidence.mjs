// `npm run evidence`: measures validation accuracy on task B against the
// number of B training images for every method the lab runs, with the
// lab's own engine, the shipped source model and the wasm backend, and
// writes content/evidence/transfer-learning.json (see docs/lab.md).
// Deterministic: rerunning it rewrites the same bytes.
// Resumable: each finished job is kept in .tmp/evidence-checkpoint.json
// (for the same settings and model) until the data file is written, so an
// interrupted sweep continues where it stopped; `--fresh` starts over.
// `--out <file>` writes elsewhere (to compare two runs).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { EVIDENCE_FILE, parseEvidence } from '../src/lib/evidence/evidence-data.ts';
import { runJob, shippedModelIdentity, sweepSettings } from '../src/lib/evidence/run-sweep.ts';
import { assembleEvidence, EVIDENCE_VARIANTS, formatEvidence, jobKey, sweepJobs } from '../src/lib/evidence/sweep.ts';
import { loadSource } from '../src/lib/lab/model-files.ts';
import { useNodeBackend } from '../src/lib/lab/node-backend.ts';
import { readShippedModel } from '../src/lib/lab/shipped-model.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const outFlag = process.argv.indexOf('--out');
const outFile = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? '') : resolve(root, EVIDENCE_FILE);
const checkpointFile = resolve(root, '.tmp/evidence-checkpoint.json');
const started = performance.now();

const duration = (ms) => {
	const seconds = Math.round(ms / 1000);
	return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
};
const percent = (value) => `${(value * 100).toFixed(1)}%`;

await useNodeBackend('wasm');
const source = await loadSource(readShippedModel().artifacts);
const settings = sweepSettings(shippedModelIdentity());

const finals = new Map();
if (!process.argv.includes('--fresh') && existsSync(checkpointFile)) {
	const saved = JSON.parse(readFileSync(checkpointFile, 'utf8'));
	if (isDeepStrictEqual(saved.settings, settings)) for (const [key, value] of saved.finals) finals.set(key, value);
}

const jobs = sweepJobs();
// Training two full networks dominates a job, and grows with its amount: time left is estimated in images.
const cost = (job) => job.amount;
const left = jobs.filter((job) => !finals.has(jobKey(job)));
const costLeft = left.reduce((sum, job) => sum + cost(job), 0);
console.log(`evidence: ${jobs.length} jobs (${settings.amounts.length} amounts × ${settings.seeds.length} seeds × ${EVIDENCE_VARIANTS.length} variants, each training ${settings.methods.join(', ')} for ${settings.epochs} epochs)`);
if (left.length < jobs.length) console.log(`resuming from ${checkpointFile}: ${jobs.length - left.length} jobs already done`);

let costDone = 0;
for (const [index, job] of left.entries()) {
	const jobStarted = performance.now();
	const result = await runJob(job, source);
	finals.set(jobKey(job), result);
	mkdirSync(dirname(checkpointFile), { recursive: true });
	writeFileSync(checkpointFile, JSON.stringify({ settings, finals: [...finals] }));
	costDone += cost(job);
	const elapsed = performance.now() - started;
	const scores = settings.methods.map((method) => `${method} ${percent(result[method])}`).join(', ');
	console.log(
		`[${jobs.length - left.length + index + 1}/${jobs.length}] ${job.variant}, ${job.amount} images, seed ${job.seed}: ${scores}` +
			` (${duration(performance.now() - jobStarted)}; ${duration(elapsed)} so far, about ${duration((elapsed / costDone) * (costLeft - costDone))} left)`,
	);
}
source.model.dispose();

const data = parseEvidence(assembleEvidence(settings, finals), outFile);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, formatEvidence(data));
rmSync(checkpointFile, { force: true });
console.log(`evidence: wrote ${outFile} in ${duration(performance.now() - started)}`);
