// In each lesson file of a SCORM package (src/features/lms/scorm.ts puts it in): tell the package's launch page
// (the parent frame, scorm-player.js) each self-check answer the learner picks. Only the package's own page listens.
document.addEventListener('change', (event) => {
	const input = event.target;
	if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
	const check = input.closest('nk-self-check');
	// A retry question (fieldset[data-retry]) is a second chance on the same point: the first answer to the lesson's own
	// question is what counts, so only those are reported.
	const question = input.closest('fieldset:not([data-retry])');
	if (!check || !question || input.closest('[data-retry]') || window.parent === window) return;
	const all = [...check.querySelectorAll('fieldset:not([data-retry])')];
	window.parent.postMessage({ type: 'nk-self-check', lesson: check.dataset.lesson, question: all.indexOf(question), questions: all.length, correct: input.closest('.nk-opt')?.dataset.correct === 'true' }, '*');
});
