import type { ProjectFiles } from './project-files';

/** An in-memory project for the adapters' tests: path → text. */
export function memoryFiles(files: Record<string, string>): ProjectFiles {
	return {
		list: (dir) => Object.keys(files).filter((path) => path.startsWith(`${dir}/`)),
		read: (path) => files[path],
	};
}
