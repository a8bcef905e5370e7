import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScripts } from '../lib/content-security-policy.ts';
import { walkFiles } from './file-walk.ts';

/**
 * Writes `content-security-policy.txt` into the build: the policy, one line,
 * with the hash of every inline script the pages carry, for a host to send
 * as the `Content-Security-Policy` header (docs/hosting.md). No page refers
 * to it, so the service worker never keeps it. Runs after the integrations
 * that change pages (trainer-preload.ts adds a script to the trainer's).
 */
export const CSP_FILE = 'content-security-policy.txt';

export function cspFile(): AstroIntegration {
	return {
		name: 'csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const hashes = new Set<string>();
				for (const file of walkFiles(fileURLToPath(dir)).files.filter((path) => path.endsWith('.html'))) {
					for (const script of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(createHash('sha256').update(script, 'utf8').digest('base64'));
				}
				writeFileSync(join(fileURLToPath(dir), CSP_FILE), `${contentSecurityPolicy(hashes)}\n`);
				logger.info(`${CSP_FILE}: the policy with ${hashes.size} inline script hashes`);
			},
		},
	};
}
