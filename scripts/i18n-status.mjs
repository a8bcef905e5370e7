// `npm run i18n:status`: what each locale still lacks (UI strings, lessons,
// glossary entries, deck texts) and which translations are out of date.
// Options:
//   --strict [<locale>]
//              exit 1 when anything is left to do (missing, outdated,
//              unstamped or orphaned) in <locale>, or, without one, in every
//              locale not marked in progress, e.g. before publishing a locale;
//   --check    exit 1 when a locale not marked in progress misses something
//              or has orphans (`npm run i18n:check`, part of `npm test`);
//   --hashes   list every unstamped item with the hash to record;
//   --json     print the report as JSON instead of the table;
//   --stamp <locale> [<kind>:<id> …]
//              record the current English hash in the translations named
//              (once they match the English text), or in every translation
//              of <locale> that has none yet.
// The TypeScript it runs is shared with the site's translation-status page,
// loaded through Vite's module runner (which Astro already installs).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const known = new Set(['--strict', '--check', '--hashes', '--json']);
const argv = process.argv.slice(2);
const stampAt = argv.indexOf('--stamp');
const args = stampAt < 0 ? argv : argv.slice(0, stampAt);
const strictAt = args.indexOf('--strict');
/** `--strict de` checks German only, in progress or not. */
const strictLocale = strictAt >= 0 && args[strictAt + 1] && !args[strictAt + 1].startsWith('--') ? args[strictAt + 1] : undefined;
const unknown = args.filter((arg, index) => !known.has(arg) && !(strictLocale && index === strictAt + 1));
if (unknown.length > 0) {
	console.error(`i18n:status: unknown option ${unknown.join(' ')} (known: ${[...known].join(' ')})`);
	process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { root, configFile: false, logLevel: 'error' })).module;

if (stampAt >= 0) {
	const [locale, ...selectors] = argv.slice(stampAt + 1);
	if (!locale) {
		console.error('i18n:status: --stamp needs a locale, e.g. --stamp tr, or --stamp tr lesson:strategies/introduction');
		process.exit(2);
	}
	const { stampTranslations } = await load('../src/integrations/i18n-status-stamp.ts');
	try {
		const lines = stampTranslations(root, locale, selectors);
		console.log(lines.length ? lines.join('\n') : `${locale}: nothing to stamp`);
	} catch (error) {
		console.error(`i18n:status: ${error.message}`);
		process.exit(1);
	}
	process.exit(0);
}
const [{ readTranslationStatus }, { formatReport }, { failingItems }] = await Promise.all([
	load('../src/integrations/i18n-status-data.ts'),
	load('../src/lib/i18n-status/table.ts'),
	load('../src/lib/i18n-status/report.ts'),
]);

let report;
try {
	report = readTranslationStatus(root);
} catch (error) {
	console.error(`i18n:status: ${error.message}`);
	process.exit(1);
}
if (strictLocale && !report.locales.some((status) => status.locale === strictLocale)) {
	console.error(`i18n:status: --strict ${strictLocale}: not a translated locale of the site (${report.locales.map((status) => status.locale).join(', ')})`);
	process.exit(2);
}
console.log(args.includes('--json') ? JSON.stringify(report, null, '\t') : formatReport(report, { hashes: args.includes('--hashes') }));

const mode = args.includes('--strict') ? 'strict' : args.includes('--check') ? 'check' : undefined;
if (mode) {
	const failing = failingItems(report, mode, strictLocale);
	const checked = strictLocale ?? report.locales.filter((status) => !status.inProgress).map((status) => status.locale).join(', ');
	if (failing.length > 0) {
		console.error(`\n✖ ${failing.length} item(s) ${mode === 'strict' ? 'left to do' : 'missing or orphaned'}: ${[...new Set(failing.map((i) => i.locale))].join(', ')}`);
		process.exitCode = 1;
	} else console.error(`\n✔ ${checked || 'no locale'}: nothing ${mode === 'strict' ? 'left to do' : 'missing or orphaned'}${strictLocale ? '' : ' (locales in progress are not checked)'}`);
}
