// Loaded into every Node process of a timed build (NODE_OPTIONS=--require):
// a process that exits while a process it has killed is still ending waits
// for it to end and be reaped. GNU time counts the CPU time of reaped
// processes only, and Astro calls process.exit as soon as the build is
// done: Pagefind's indexer, killed at that moment, was then left to init in
// one build and reaped in another (one whose last step ran a little
// longer), so its CPU time (about 12 s at 1,000 lessons per locale) counted
// for one site and not the other. Processes still running unasked, such as
// esbuild's service, end with the build as before: waiting for them would
// add to the build's time.
const childProcess = require('node:child_process');
const { syncBuiltinESMExports } = require('node:module');

const running = new Set();
for (const name of ['spawn', 'fork', 'execFile', 'exec']) {
	const start = childProcess[name];
	childProcess[name] = function (...args) {
		const child = start.apply(this, args);
		running.add(child);
		child.once('exit', () => running.delete(child));
		return child;
	};
}
syncBuiltinESMExports();

/** Long enough for a killed process to end; one that does not is left as before. */
const longestWait = 10_000;
const exit = process.exit;
process.exit = function (code) {
	const ending = [...running].filter((child) => child.killed);
	if (ending.length === 0) return exit.call(process, code);
	// A timer that keeps the process alive while it waits: the children may be unref'd, as Pagefind's is.
	const timer = setTimeout(() => exit.call(process, code), longestWait);
	const ended = ending.map((child) => new Promise((resolve) => child.once('exit', resolve)));
	Promise.all(ended).then(() => {
		clearTimeout(timer);
		exit.call(process, code);
	});
};
