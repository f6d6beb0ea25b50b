/**
 * The launch page of a SCORM package (index.html): the list of lessons, the
 * progress line, a frame that shows one lesson, and scorm-player.js. Plain,
 * self-contained HTML: an LMS shows it as it is, in its own frame or window.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { t } from '../../core/i18n/ui.ts';

export interface PackageLesson {
	id: string;
	title: string;
	/** Path inside the package, e.g. `lessons/cost-of-goods.html`. */
	file: string;
	/** Number of self-check questions: a lesson is finished when all have an answer. */
	questions: number;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const CSS = `
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#17181c;background:#fff}
header{padding:.5rem 1rem;border-bottom:1px solid #c0c2c7}
h1{font-size:1.15rem;margin:0}
header p{margin:.2rem 0 0;font-size:.9375rem}
.nk-note{color:#b3261e}
.nk-layout{flex:1;display:flex;min-height:0}
nav{width:17rem;flex:none;overflow:auto;padding:.5rem;border-right:1px solid #c0c2c7}
nav ol{margin:0;padding-left:1.4rem}
nav li{margin:.25rem 0}
nav button{font:inherit;text-align:left;width:100%;min-height:44px;padding:.3rem .5rem;border:1px solid transparent;border-radius:.4rem;background:none;color:inherit;cursor:pointer}
nav button[aria-current]{border-color:#0b5d3b;background:#d3f5e4;font-weight:600}
.nk-done{color:#0b6b43;font-weight:600}
.nk-hint{font-size:.875rem;color:#383e4b}
main{flex:1;display:flex;flex-direction:column;min-width:0}
iframe{flex:1;width:100%;border:0}
.nk-pager{display:flex;justify-content:space-between;gap:.5rem;margin:0;padding:.4rem .6rem;border-top:1px solid #c0c2c7}
.nk-pager button{font:inherit;min-height:44px;padding:.3rem .9rem;border:2px solid #0b5d3b;border-radius:.5rem;background:#0b5d3b;color:#fff;cursor:pointer}
.nk-pager button:disabled{opacity:.4;cursor:default}
:focus-visible{outline:3px solid #063a25;outline-offset:2px}
@media (max-width:45rem){.nk-layout{flex-direction:column}nav{width:auto;max-height:35vh;border-right:0;border-bottom:1px solid #c0c2c7}}
`;

export function launchPage({ lang, title, lessons, player }: { lang: Lang; title: string; lessons: PackageLesson[]; player: string }): string {
	const s = t(lang).lms;
	const data = JSON.stringify({ lessons: lessons.map(({ id, title: lessonTitle, file, questions }) => ({ id, title: lessonTitle, file, questions })), strings: { progress: s.progress } }).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p id="nk-progress" aria-live="polite"></p>
<p id="nk-no-lms" class="nk-note" hidden>${escapeHtml(s.noLms)}</p>
</header>
<div class="nk-layout">
<nav aria-label="${escapeHtml(s.packageTitle)}">
<ol>
${lessons.map((l, i) => `<li><button type="button" data-lesson-index="${i}">${escapeHtml(l.title)} <span class="nk-done" hidden>✓ ${escapeHtml(s.done)}</span></button></li>`).join('\n')}
</ol>
<p class="nk-hint">${escapeHtml(s.finishedWhen)}</p>
</nav>
<main>
<iframe id="nk-lesson" title="${escapeHtml(lessons[0]?.title ?? title)}" src="${escapeHtml(lessons[0]?.file ?? '')}"></iframe>
<p class="nk-pager"><button type="button" id="nk-prev">${escapeHtml(s.previous)}</button><button type="button" id="nk-next">${escapeHtml(s.next)}</button></p>
</main>
</div>
<script type="application/json" id="nk-scorm-data">${data}</script>
<script>${player.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
