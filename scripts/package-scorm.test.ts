import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { ScormVersion } from '../src/lib/course/api-discovery';
import { courseIdentity, schemaDir } from './package-scorm-main';
import { SCORM_SCHEMAS, scormManifest } from '../src/lib/course/manifest';

const root = resolve(import.meta.dirname, '..');

/**
 * The SCORM schemas are several namespaces that do not import each other:
 * one wrapper schema imports them all, so xmllint checks every element and
 * attribute of the manifest, extensions included, against its own schema.
 */
/**
 * Two defects of SCORM 1.2's schema files that libxml2, unlike the
 * validators of their day, refuses to compile, mended as narrowly as
 * possible: ims_xml.xsd declares the xml namespace as its default namespace
 * (unused: every name in it is prefixed), and imsmd_rootv1p2p1.xsd lets
 * `##any` extension elements follow optional elements of its own namespace,
 * which breaks XML Schema's unique particle rule; `##other` (extensions from
 * other namespaces, the only kind the metadata spec intends) removes the
 * ambiguity and still validates every IMS metadata element strictly.
 */
const compilable = (xsd: string) =>
	xsd.replace(/\sxmlns="http:\/\/www\.w3\.org\/XML\/1998\/namespace"/, '').replace('<xsd:any namespace="##any" processContents="strict"', '<xsd:any namespace="##other" processContents="strict"');

async function validate(version: ScormVersion, manifest: string) {
	const dir = schemaDir(root, version);
	const imports = Object.values(SCORM_SCHEMAS[version]).map(({ namespace, schema }) => `<xs:import namespace="${namespace}" schemaLocation="${schema}"/>`);
	const wrapper = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:scorm-package-check">${imports.join('')}</xs:schema>`;
	return validateXML({
		xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
		schema: [{ fileName: 'scorm-package-check.xsd', contents: wrapper }],
		preload: readdirSync(dir).map((file) => ({ fileName: file, contents: compilable(readFileSync(join(dir, file), 'utf8')) })),
	});
}

const contents = { launch: 'course-launch/index.html', files: ['course-launch/index.html', 'en/index.html', '_astro/a b&c.js', 'tr/öğren/index.html'] };

describe('the SCORM manifests', () => {
	for (const version of ['1.2', '2004'] as const) {
		it(`SCORM ${version}: the course's manifest is valid against the SCORM schemas`, async () => {
			const manifest = scormManifest(version, courseIdentity(root), contents);
			const result = await validate(version, manifest);
			expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
			expect(result.valid).toBe(true);
		});

		it(`SCORM ${version}: the schema check catches a manifest that breaks the schema`, async () => {
			const broken = scormManifest(version, courseIdentity(root), contents).replace(/<item identifier="[^"]*" identifierref=/, '<item identifierref=');
			expect((await validate(version, broken)).valid).toBe(false);
		});
	}

	it('takes title, description and languages from src/site.config.ts and the locales', () => {
		const manifest = scormManifest('1.2', courseIdentity(root), contents);
		expect(manifest).toContain('<title>Transfer Learning Trainer</title>');
		expect(manifest).toContain('<imsmd:langstring xml:lang="tr">Öğrenme Aktarması Eğitmeni</imsmd:langstring>');
		expect(manifest).toContain('<imsmd:language>tr</imsmd:language>');
		expect(manifest).toMatch(/<imsmd:description>\s*<imsmd:langstring xml:lang="en">Learn when and how/);
		expect(manifest).toContain('href="_astro/a%20b%26c.js"');
		expect(manifest).toContain('href="tr/%C3%B6%C4%9Fren/index.html"');
	});
});
