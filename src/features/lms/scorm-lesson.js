// In each lesson file of a SCORM package (src/features/lms/scorm.ts puts it in): tell the package's launch page
// (the parent frame, scorm-player.js) each self-check answer the learner picks. Only the package's own page listens.
document.addEventListener('change', (event) => {
	const input = event.target;
	if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
	const check = input.closest('nk-self-check');
	const question = input.closest('fieldset');
	if (!check || !question || window.parent === window) return;
	const all = [...check.querySelectorAll('fieldset')];
	window.parent.postMessage({ type: 'nk-self-check', lesson: check.dataset.lesson, question: all.indexOf(question), questions: all.length, correct: input.closest('.nk-opt')?.dataset.correct === 'true' }, '*');
});
