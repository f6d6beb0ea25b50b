// The launch page of a SCORM 1.2 package (src/features/lms/scorm.ts writes it): shows the lessons one at a time in
// a frame and reports to the LMS through the SCORM 1.2 run-time API.
// Finished: a lesson is finished when every one of its self-check questions has an answer; the package is
// completed when every lesson is finished. Score: the share of questions whose FIRST answer was right, 0-100.
// State survives a closed window in cmi.suspend_data: "lessonId=rw.;…" (r right first time, w wrong, . not yet).
(() => {
	const data = JSON.parse(document.getElementById('nk-scorm-data').textContent);
	const frame = document.getElementById('nk-lesson');
	const progress = document.getElementById('nk-progress');
	const buttons = [...document.querySelectorAll('[data-lesson-index]')];
	const prev = document.getElementById('nk-prev');
	const next = document.getElementById('nk-next');

	// SCORM 1.2 RTE: the LMS puts `API` on a window above the content: a parent frame, or the opener and its parents.
	const findApi = (start) => {
		for (let win = start, hops = 0; win && hops < 10; hops++) {
			try {
				if (win.API && typeof win.API.LMSInitialize === 'function') return win.API;
			} catch {
				// A frame of another origin: its API is not ours to use.
			}
			if (win.parent === win) break;
			win = win.parent;
		}
		return null;
	};
	const api = findApi(window) || (window.opener ? findApi(window.opener) : null);
	const lms = {
		get: (name) => (api ? String(api.LMSGetValue(name) ?? '') : ''),
		set: (name, value) => api && api.LMSSetValue(name, String(value)),
		commit: () => api && api.LMSCommit(''),
	};
	const started = Date.now();
	let open = false;
	if (api) open = String(api.LMSInitialize('')) === 'true';
	if (!open) document.getElementById('nk-no-lms').hidden = false;

	/** answers[lessonId] = one of 'r', 'w', '.' per question. */
	const answers = {};
	for (const l of data.lessons) answers[l.id] = '.'.repeat(l.questions).split('');
	for (const part of lms.get('cmi.suspend_data').split(';')) {
		const [id, marks] = part.split('=');
		if (answers[id] && marks && marks.length === answers[id].length && /^[rw.]+$/.test(marks)) answers[id] = marks.split('');
	}
	const finished = (l) => answers[l.id].every((m) => m !== '.');
	let completed = lms.get('cmi.core.lesson_status') === 'completed';

	if (open) {
		const status = lms.get('cmi.core.lesson_status');
		if (!status || status === 'not attempted') lms.set('cmi.core.lesson_status', 'incomplete');
		lms.set('cmi.core.score.min', 0);
		lms.set('cmi.core.score.max', 100);
		lms.commit();
	}

	const render = () => {
		const done = data.lessons.filter(finished).length;
		progress.textContent = data.strings.progress.replace('{done}', String(done)).replace('{total}', String(data.lessons.length));
		data.lessons.forEach((l, i) => {
			buttons[i].querySelector('.nk-done').hidden = !finished(l);
		});
	};

	const report = () => {
		lms.set('cmi.suspend_data', data.lessons.map((l) => `${l.id}=${answers[l.id].join('')}`).join(';'));
		if (!completed && data.lessons.every(finished)) {
			const all = data.lessons.flatMap((l) => answers[l.id]);
			lms.set('cmi.core.score.raw', Math.round((100 * all.filter((m) => m === 'r').length) / all.length));
			lms.set('cmi.core.lesson_status', 'completed');
			completed = true;
		}
		lms.commit();
	};

	let current = 0;
	const show = (index) => {
		current = Math.max(0, Math.min(data.lessons.length - 1, index));
		const lesson = data.lessons[current];
		if (frame.getAttribute('src') !== lesson.file) frame.setAttribute('src', lesson.file);
		frame.title = lesson.title;
		buttons.forEach((b, i) => (i === current ? b.setAttribute('aria-current', 'step') : b.removeAttribute('aria-current')));
		prev.disabled = current === 0;
		next.disabled = current === data.lessons.length - 1;
		if (open) lms.set('cmi.core.lesson_location', lesson.id);
	};
	buttons.forEach((b, i) => b.addEventListener('click', () => show(i)));
	prev.addEventListener('click', () => show(current - 1));
	next.addEventListener('click', () => show(current + 1));

	window.addEventListener('message', (event) => {
		const m = event.data;
		if (event.source !== frame.contentWindow || !m || m.type !== 'nk-self-check') return;
		const marks = answers[m.lesson];
		if (!marks || !Number.isInteger(m.question) || m.question < 0 || m.question >= marks.length) return;
		if (marks[m.question] !== '.') return; // only the first answer counts for the score
		marks[m.question] = m.correct ? 'r' : 'w';
		render();
		report();
	});

	// CMITimespan of SCORM 1.2: HHHH:MM:SS.SS
	const timespan = (ms) => {
		const s = ms / 1000;
		const pad = (n, w) => String(Math.floor(n)).padStart(w, '0');
		return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60, 2)}:${pad(s % 60, 2)}.${pad((ms % 1000) / 10, 2)}`;
	};
	const finish = () => {
		if (!open) return;
		open = false;
		lms.set('cmi.core.session_time', timespan(Date.now() - started));
		lms.set('cmi.core.exit', completed ? '' : 'suspend');
		lms.commit();
		api.LMSFinish('');
	};
	window.addEventListener('pagehide', finish);
	window.addEventListener('beforeunload', finish);

	const resume = data.lessons.findIndex((l) => l.id === lms.get('cmi.core.lesson_location'));
	render();
	show(resume >= 0 ? resume : 0);
})();
