/**
 * The skeleton's order, as content/AUTHORING.md documents it: Objectives
 * first, a "why it matters" section, the steps, the examples, practice,
 * self-check and what next, each in its own `## ` section (a slide). Trainer
 * notes sit after the section they belong to, so they may follow any section.
 * Missing parts are `lesson-skeleton-parts`' business; this only orders what is there.
 */
import type { LessonRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

/** The parts in teaching order; `sections` is how many `## ` headings must come between the previous part and this one. */
const ORDER = [
	{ name: 'Objectives', tag: '<Objectives />', sections: 0 },
	{ name: 'Steps', tag: '<Steps>', sections: 2 },
	{ name: 'Example', tag: '<Example>', sections: 1 },
	{ name: 'Practice', tag: '<Practice />', sections: 1 },
	{ name: 'SelfCheck', tag: '<SelfCheck />', sections: 1 },
	{ name: 'WhatNext', tag: '<WhatNext />', sections: 1 },
] as const;

const ALLOWED = [
	'<Objectives />',
	'## why it matters',
	'## steps, with <Steps>',
	'## good and weak examples, with <Example>',
	'## practice, with <Practice />',
	'## self-check, with <SelfCheck />',
	'## what next, with <WhatNext />',
	'(<TrainerNote> after any section from "why it matters" on)',
];

interface Mark {
	/** `##` for a section heading, else the component's name. */
	kind: string;
	/** Line in the lesson body: only used to order marks (the file's line numbers also count the frontmatter). */
	line: number;
	/** The `## ` heading this mark is under (for a heading: itself), as the author wrote it. */
	section?: string;
}

/** Headings and skeleton components in body order; fenced code is skipped. */
export function skeletonOutline(body: string): Mark[] {
	const marks: Mark[] = [];
	let fence = false;
	let section: string | undefined;
	body.split('\n').forEach((text, i) => {
		if (/^\s*(```|~~~)/.test(text)) fence = !fence;
		if (fence) return;
		if (/^##\s+\S/.test(text)) {
			section = text.trim();
			marks.push({ kind: '##', line: i + 1, section });
		}
		for (const m of text.matchAll(/<(Objectives|Steps|Example|Practice|SelfCheck|WhatNext|TrainerNote)[\s/>]/g)) marks.push({ kind: m[1]!, line: i + 1, section });
	});
	return marks;
}

/** Where an author finds a mark: `<Practice /> under "## Praktik"`. */
const where = (m: Mark) => (m.kind === '##' ? `"${m.section}"` : `${tagOf(m.kind)} ${m.section ? `under "${m.section}"` : 'before the first heading'}`);

const rankOf = (kind: string) => ORDER.findIndex((p) => p.name === kind);
const tagOf = (kind: string) => ORDER.find((p) => p.name === kind)?.tag ?? `<${kind}>`;

export const lessonSkeletonOrder: LessonRule = {
	name: 'lesson-skeleton-order',
	description: 'The skeleton parts come in the order content/AUTHORING.md gives, each in its own `## ` section.',
	scope: 'lesson',
	check({ file, body }) {
		const marks = skeletonOutline(body);
		const error = (message: string, value: string): ContentError => ({ file, field: '(body)', message: `${message} (see "The skeleton" in content/AUTHORING.md)`, value, allowed: ALLOWED });

		// 1. Parts in teaching order: each part after every part that comes before it.
		const parts = marks.filter((m) => rankOf(m.kind) >= 0);
		let latest: Mark | undefined;
		for (const part of parts) {
			if (latest && rankOf(part.kind) < rankOf(latest.kind)) {
				return [error(`${tagOf(part.kind)} must come before ${tagOf(latest.kind)}: move the whole block up`, `${where(latest)}, then ${where(part)}`)];
			}
			if (!latest || rankOf(part.kind) > rankOf(latest.kind)) latest = part;
		}

		const errors: ContentError[] = [];
		// 2. Objectives open the lesson, before the first section.
		const firstHeading = marks.find((m) => m.kind === '##');
		const objectives = parts.find((m) => m.kind === 'Objectives');
		if (objectives && firstHeading && firstHeading.line < objectives.line) {
			errors.push(error('<Objectives /> opens the lesson, before the first `## ` heading', `${where(firstHeading)}, then ${where(objectives)}`));
		}
		// 3. Each part has its own section: enough `## ` headings between the last of one part and the first of the next.
		for (let i = 1; i < ORDER.length; i++) {
			const next = parts.find((m) => m.kind === ORDER[i]!.name);
			const previous = parts.filter((m) => rankOf(m.kind) < i).at(-1);
			if (!next || !previous) continue;
			const between = marks.filter((m) => m.kind === '##' && m.line > previous.line && m.line < next.line);
			const needed = ORDER[i]!.sections;
			if (between.length < needed) {
				const what = needed === 2 ? 'a "why it matters" section and a steps section, each with a `## ` heading,' : `a \`## \` heading of its own`;
				const found = between.length ? `only ${between.map(where).join(', ')} between ${where(previous)} and ${tagOf(next.kind)}` : `no heading between ${where(previous)} and ${tagOf(next.kind)}`;
				errors.push(error(`${ORDER[i]!.tag} needs ${what} after ${tagOf(previous.kind)}`, found));
			}
		}
		// 4. Trainer notes belong to a section: after the first heading, before <WhatNext />.
		const whatNext = parts.find((m) => m.kind === 'WhatNext');
		for (const note of marks.filter((m) => m.kind === 'TrainerNote')) {
			if (!firstHeading || note.line < firstHeading.line) errors.push(error('<TrainerNote> goes after the section it belongs to, not before the first `## ` heading', where(note)));
			else if (whatNext && note.line > whatNext.line) errors.push(error('<TrainerNote> goes after the section it belongs to, before <WhatNext />', `${where(note)}, after ${where(whatNext)}`));
		}
		return errors;
	},
};
