/**
 * Ports of the three built sites the end-to-end tests run against
 * (see scripts/test.mjs): the site itself, the same site built with
 * BASE_PATH=/course/, and a fixture copy with an extra locale.
 */
export const mainPort = Number(process.env.E2E_PORT || 4329);
export const coursePort = mainPort + 100;
export const fixturePort = mainPort + 200;
export const courseUrl = `http://127.0.0.1:${coursePort}/course/`;
export const fixtureUrl = `http://127.0.0.1:${fixturePort}/`;
