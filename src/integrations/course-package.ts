/**
 * The build behind `npm run package:scorm` (COURSE_PACKAGE=scorm): the site
 * plus the course's launch page (`course-launch/`), without the service
 * worker and web app manifests, which have no place inside a platform
 * (see docs/course-platforms.md). Plain builds are untouched.
 */
import type { AstroIntegration } from 'astro';

export const isCoursePackageBuild = process.env.COURSE_PACKAGE === 'scorm';

/** Where the package's SCO starts, relative to the package root. */
export const LAUNCH_PAGE = 'course-launch/index.html';

export function coursePackage(): AstroIntegration {
	return {
		name: 'course-package',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/course-launch', entrypoint: './src/components/course/CourseLaunch.astro' });
			},
		},
	};
}
