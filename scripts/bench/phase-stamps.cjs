// Prefixes every line a build prints with the process's elapsed time and
// the CPU time it has used so far (user and system, all its threads), so
// Astro's own phase messages show where a build's work goes:
//   node --require ./scripts/bench/phase-stamps.cjs node_modules/astro/bin/astro.mjs build
// CPU time counts work, not waiting, and moves far less than wall time on
// a busy machine. Processes the build starts (the lab engine's bundle)
// inherit the option and print their own total when they exit.
const started = process.cpuUsage();
const stamp = () => {
	const used = process.cpuUsage(started);
	return `[${(performance.now() / 1000).toFixed(2)} s, CPU ${((used.user + used.system) / 1e6).toFixed(2)} s]`;
};
for (const stream of [process.stdout, process.stderr]) {
	const write = stream.write.bind(stream);
	stream.write = (chunk, ...rest) => (/\S/.test(String(chunk)) ? write(`${stamp()} ${chunk}`, ...rest) : write(chunk, ...rest));
}
process.on('exit', () => process.stderr.write(`exit (pid ${process.pid})\n`));
