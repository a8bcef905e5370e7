/**
 * Inside a course platform the site is framed twice (the platform's player,
 * then the launch page). A link to another site followed in that frame
 * replaces the course, and most sites refuse to be framed at all, leaving
 * an error page where the course was: such links open in a new tab instead.
 */

/** Whether a link (its `href` attribute, resolved against `base`) goes to a web page outside the package's origin. */
export function leavesPackage(href: string, base: string, packageOrigin: string): boolean {
	try {
		const url = new URL(href, base);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== packageOrigin;
	} catch {
		return false;
	}
}
