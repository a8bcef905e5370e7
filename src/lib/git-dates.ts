/**
 * Parses `git log --format=t:%ct --name-status` output into the newest commit
 * time (ms) per file path, following renames to the new name.
 */
export function parseNewestCommitDates(log: string): Map<string, number> {
	const newest = new Map<string, number>();
	let time = 0;
	for (const line of log.split('\n')) {
		if (line.startsWith('t:')) {
			time = Number.parseInt(line.slice(2), 10) * 1000;
			continue;
		}
		const fields = line.split('\t');
		if (fields.length < 2) continue;
		const file = fields[fields.length - 1]!;
		newest.set(file, Math.max(newest.get(file) ?? 0, time));
	}
	return newest;
}
