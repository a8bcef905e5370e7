/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition: one
 * organisation with one SCO (the launch page) whose resource lists every
 * file of the package. The course's identity comes from src/site.config.ts
 * through `CourseIdentity`. SCORM 1.2 carries title, description and
 * languages as inline IMS metadata; 2004 points to `metadata.xml` (IEEE
 * LOM), as ADL's sample packages do.
 */
import type { ScormVersion } from './api-discovery';

export interface CourseIdentity {
	/** Letters, digits, `-` and `_`: the manifest identifier and the zip's name. */
	name: string;
	version: string;
	/** The title platforms show in their course pages (one language). */
	title: string;
	/** Per BCP 47 language tag. */
	titles: Record<string, string>;
	descriptions: Record<string, string>;
	languages: string[];
}

export interface PackageContents {
	launch: string;
	/** Every file's path in the package, `/`-separated, the manifest and schema files excluded. */
	files: string[];
}

export function xmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A path as a manifest href: each segment percent-encoded, so no file name can break the XML or the URL. */
const href = (path: string) => xmlEscape(path.split('/').map(encodeURIComponent).join('/'));

function langStrings(prefix: string, texts: Record<string, string>, indent: string): string {
	return Object.entries(texts)
		.map(([lang, text]) => `${indent}<${prefix}langstring xml:lang="${xmlEscape(lang)}">${xmlEscape(text)}</${prefix}langstring>`)
		.join('\n');
}

function organizationXml(course: CourseIdentity): string {
	const title = xmlEscape(course.title);
	return `	<organizations default="org-${course.name}">
		<organization identifier="org-${course.name}">
			<title>${title}</title>
			<item identifier="item-${course.name}" identifierref="sco-${course.name}" isvisible="true">
				<title>${title}</title>
			</item>
		</organization>
	</organizations>`;
}

function resourceXml(course: CourseIdentity, contents: PackageContents, scormTypeAttribute: string): string {
	const files = contents.files.map((file) => `			<file href="${href(file)}"/>`).join('\n');
	return `	<resources>
		<resource identifier="sco-${course.name}" type="webcontent" ${scormTypeAttribute}="sco" href="${href(contents.launch)}">
${files}
		</resource>
	</resources>`;
}

/** Each version's namespaces (prefix → namespace, '' for the manifest's own) and the schema file that defines each. */
export const SCORM_SCHEMAS: Record<ScormVersion, Record<string, { namespace: string; schema: string }>> = {
	'1.2': {
		'': { namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', schema: 'imscp_rootv1p1p2.xsd' },
		imsmd: { namespace: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', schema: 'imsmd_rootv1p2p1.xsd' },
		adlcp: { namespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', schema: 'adlcp_rootv1p2.xsd' },
	},
	'2004': {
		'': { namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1', schema: 'imscp_v1p1.xsd' },
		adlcp: { namespace: 'http://www.adlnet.org/xsd/adlcp_v1p3', schema: 'adlcp_v1p3.xsd' },
		adlseq: { namespace: 'http://www.adlnet.org/xsd/adlseq_v1p3', schema: 'adlseq_v1p3.xsd' },
		adlnav: { namespace: 'http://www.adlnet.org/xsd/adlnav_v1p3', schema: 'adlnav_v1p3.xsd' },
		imsss: { namespace: 'http://www.imsglobal.org/xsd/imsss', schema: 'imsss_v1p0.xsd' },
	},
};

/** SCORM 1.2 carries the course's metadata inline (IMS metadata 1.2.1). */
function inlineMetadata12(course: CourseIdentity): string {
	const languages = course.languages.map((lang) => `				<imsmd:language>${xmlEscape(lang)}</imsmd:language>`).join('\n');
	return `		<imsmd:lom>
			<imsmd:general>
				<imsmd:title>
${langStrings('imsmd:', course.titles, '					')}
				</imsmd:title>
${languages}
				<imsmd:description>
${langStrings('imsmd:', course.descriptions, '					')}
				</imsmd:description>
			</imsmd:general>
		</imsmd:lom>`;
}

const SCHEMA_VERSION: Record<ScormVersion, string> = { '1.2': '1.2', '2004': '2004 4th Edition' };

export function scormManifest(version: ScormVersion, course: CourseIdentity, contents: PackageContents): string {
	const schemas = Object.entries(SCORM_SCHEMAS[version]);
	const declarations = schemas.map(([prefix, { namespace }]) => `\n\txmlns${prefix ? `:${prefix}` : ''}="${namespace}"`).join('');
	const locations = schemas.map(([, { namespace, schema }]) => `${namespace} ${schema}`).join(' ');
	const metadata = version === '1.2' ? inlineMetadata12(course) : `		<adlcp:location>${METADATA_2004}</adlcp:location>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${course.name}" version="${xmlEscape(course.version)}"${declarations}
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="${locations}">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>${SCHEMA_VERSION[version]}</schemaversion>
${metadata}
	</metadata>
${organizationXml(course)}
${resourceXml(course, contents, version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType')}
</manifest>
`;
}

/** The file SCORM 2004's manifest points to for the course's metadata. */
export const METADATA_2004 = 'metadata.xml';

/** IEEE LOM (the 2004 package's metadata.xml): title, languages, description. */
export function lomMetadata(course: CourseIdentity): string {
	const languages = course.languages.map((lang) => `		<language>${xmlEscape(lang)}</language>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
	<general>
		<title>
${langStrings('', course.titles, '			').replaceAll('langstring', 'string').replaceAll('xml:lang', 'language')}
		</title>
${languages}
		<description>
${langStrings('', course.descriptions, '			').replaceAll('langstring', 'string').replaceAll('xml:lang', 'language')}
		</description>
	</general>
</lom>
`;
}
