import { existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Lessons live in the top-level `content/` folder, but Starlight only treats
 * `src/content/docs/` as its docs folder (locale detection for asides,
 * heading anchors and code blocks all key off that path). A link from the
 * one to the other keeps `content/` the single source while every Turkish
 * page stays fully Turkish. The link is made here, not committed, so it also
 * works on Windows checkouts (as a directory junction, which needs no
 * special rights).
 */
export function linkContentFolder(root: string): void {
	const target = resolve(root, 'content');
	const link = join(root, 'src/content/docs');
	if (existsSync(link) || isDanglingLink(link)) {
		const stat = lstatSync(link);
		if (stat.isSymbolicLink() && resolve(dirname(link), readlinkSync(link)) === target) return;
		throw new Error(
			`${link} must be a link to ${target}; it is in the way. Remove it and run the build again (lessons belong in content/).`,
		);
	}
	mkdirSync(dirname(link), { recursive: true });
	if (process.platform === 'win32') symlinkSync(target, link, 'junction');
	else symlinkSync('../../content', link, 'dir');
}

function isDanglingLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}
