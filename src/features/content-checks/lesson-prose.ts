/**
 * The running text of a lesson body, for rules that read words: everything that is not prose (imports, JSX tags and
 * their attributes, `{…}` expressions, code, link targets, bare URLs, optionally headings and trainer notes) is
 * replaced by spaces, so an offset or a line in the result is the same offset or line in the body.
 */

export interface ProseOptions {
	/** Blank `## ` headings too (they become slide titles; a term is explained in the text under them). */
	headings?: boolean;
	/** Blank `<TrainerNote>…</TrainerNote>` blocks too (text for the trainer, not the learner). */
	trainerNotes?: boolean;
	/** Blank `> ` quotes too (sample messages and captions written for buyers, not text explaining to the learner). */
	quotes?: boolean;
	/** Keep JSX tags: their attributes (`title`, `alt`, `caption`) are text the learner reads too. */
	keepTags?: boolean;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function lessonProse(body: string, options: ProseOptions = {}): string {
	let text = body;
	const wipe = (re: RegExp, keep?: (m: string, ...groups: string[]) => string) => {
		text = text.replace(re, (m: string, ...rest: unknown[]) => (keep ? keep(m, ...(rest as string[])) : blank(m)));
	};
	if (options.trainerNotes) wipe(/<TrainerNote\b[\s\S]*?<\/TrainerNote>/g);
	wipe(/^(?:import|export)\s.*$/gm);
	wipe(/```[\s\S]*?```/g);
	wipe(/`[^`\n]*`/g);
	wipe(/\{[^{}]*\}/g);
	if (!options.keepTags) wipe(/<\/?[A-Za-z][^<>]*>/g);
	// A link keeps its text and loses its target: `[teks](/x/)` → `[teks]     `.
	wipe(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`);
	wipe(/https?:\/\/[^\s)>\]]+/g);
	if (options.headings) wipe(/^#{1,6}\s.*$/gm);
	if (options.quotes) wipe(/^>.*$/gm);
	return text;
}

/** 1-based line number of an offset. */
export const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line around an offset, trimmed, for an error message. */
export function lineText(text: string, offset: number): string {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	return text.slice(start, end === -1 ? undefined : end).trim();
}
