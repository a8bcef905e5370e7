/**
 * The launch page's only eager code: the standard SCORM API discovery.
 * On plain hosting (no API) it hands over to the site's start page and
 * nothing else loads; with an API the session code follows.
 */
import { findScormApi, type ScormWindow } from '../../lib/course/api-discovery';

const found = findScormApi(window as unknown as ScormWindow);
if (found) void import('./course-session').then(({ startCourseSession }) => startCourseSession(found));
else location.replace('../');
