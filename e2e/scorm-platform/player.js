// The test platform's course player, as Moodle's works: it loads what the
// platform stored for the learner (GET state), offers scorm-again's API for
// the package's SCORM version, sends each commit to the platform (POST
// commit) and launches the package's SCO in a frame. Every API call is kept
// in window.scormCalls for the tests.
(function () {
	var params = new URLSearchParams(location.search);
	var version = params.get('version') === '2004' ? '2004' : '1.2';
	var launch = params.get('launch');
	var request = new XMLHttpRequest();
	request.open('GET', '/lms/state/' + version, false);
	request.send();
	var stored = JSON.parse(request.responseText || '{}');
	var settings = { lmsCommitUrl: '/lms/commit/' + version, dataCommitFormat: 'flattened', autocommit: false, logLevel: 5 };
	var api = version === '2004' ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
	if (Object.keys(stored).length > 0) api.loadFromFlattenedJSON(stored, '');
	var methods = version === '2004'
		? ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
		: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
	window.scormCalls = [];
	var offered = {};
	methods.forEach(function (name) {
		var original = api[name].bind(api);
		offered[name] = function () {
			var args = Array.prototype.slice.call(arguments);
			var result = original.apply(null, args);
			var call = { method: name, args: args.map(String), result: String(result), at: Date.now() };
			if (String(result) === 'false') call.error = String(api.lmsGetLastError ? api.lmsGetLastError() : api.GetLastError());
			window.scormCalls.push(call);
			return result;
		};
	});
	window[version === '2004' ? 'API_1484_11' : 'API'] = offered;
	window.addEventListener('DOMContentLoaded', function () {
		document.getElementById('sco').src = launch;
	});
})();
