/**
 * The launch page's only eager code: the standard SCORM API discovery.
 * On plain hosting (no API) it hands over to the site's start page and
 * nothing else loads; with an API the session code follows.
 */
import { findScormApi, type ScormWindow } from '../../lib/course/api-discovery';

const found = findScormApi(window as unknown as ScormWindow);
// The session code failing to load (the connection dropped) must not leave a blank page: the learner gets the course, unreported.
if (found) import('./course-session').then(({ startCourseSession }) => startCourseSession(found), () => location.replace('../'));
else location.replace('../');
