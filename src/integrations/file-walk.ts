import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FileWalk {
	/** Every file below the folder, absolute paths, sorted. */
	files: string[];
	/** Links to a folder that contains them (a loop), by the path they were found at. */
	loops: string[];
}

/**
 * The files under `dir`, following links to folders once. Node's own
 * recursive listing follows a link to a parent folder again and again until
 * the path grows too long, listing each file dozens of times.
 */
export function walkFiles(dir: string): FileWalk {
	const files: string[] = [];
	const loops: string[] = [];
	const visit = (folder: string, ancestors: ReadonlySet<string>): void => {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const path = join(folder, entry.name);
			let isFolder = entry.isDirectory();
			if (entry.isSymbolicLink()) {
				try {
					isFolder = statSync(path).isDirectory();
				} catch {
					// A link to nothing: no file to read.
					continue;
				}
				if (isFolder && ancestors.has(realpathSync(path))) {
					loops.push(path);
					continue;
				}
			}
			if (isFolder) visit(path, new Set([...ancestors, realpathSync(path)]));
			else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
		}
	};
	try {
		visit(dir, new Set([realpathSync(dir)]));
	} catch {
		// No such folder: nothing in it.
	}
	return { files: files.sort(), loops: loops.sort() };
}
