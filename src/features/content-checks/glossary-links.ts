/**
 * The fix that goes with the rule `glossary-terms-explained`: turn the first unexplained use of each glossary word in
 * a lesson into a link to its entry (`ongkir` → `[ongkir](/kamus/#ongkir)`). Used by `npm run glossary:link`.
 * A use inside another link's text is left for the author (a link cannot hold a link).
 */
import type { GlossaryTerm } from '../../core/schemas/glossary.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { firstUse, glossaryHref } from './rules/glossary-terms-explained.ts';

export interface GlossaryLinkResult {
	/** The lesson file's text with the links added. */
	text: string;
	/** The words linked, e.g. `ongkir → /kamus/#ongkir (line 84)`. */
	linked: string[];
	/** Uses the author must explain by hand. */
	left: string[];
}

/**
 * `fileText` is the whole lesson file; `body` its body as the content check reads it (frontmatter lines blank, so a
 * line number in the body is the line number in the file).
 */
export function linkFirstUses(fileText: string, body: string, lang: Lang, glossary: readonly GlossaryTerm[]): GlossaryLinkResult {
	const bodyLines = body.split('\n');
	const lines = fileText.split('\n');
	const edits: { line: number; col: number; word: string; href: string }[] = [];
	const left: string[] = [];
	for (const term of glossary) {
		const use = firstUse({ body, lang }, term);
		if (!use || use.explained) continue;
		const before = body.slice(0, use.offset);
		const line = before.split('\n').length - 1;
		const col = use.offset - (before.lastIndexOf('\n') + 1);
		const pre = bodyLines[line]!.slice(0, col);
		if (pre.lastIndexOf('[') > pre.lastIndexOf(']')) left.push(`${use.text} (line ${line + 1}: inside a link)`);
		else edits.push({ line, col, word: use.text, href: glossaryHref(lang, term.id) });
	}
	for (const e of [...edits].sort((a, b) => b.line - a.line || b.col - a.col)) {
		const l = lines[e.line]!;
		if (l.slice(e.col, e.col + e.word.length) !== e.word) throw new Error(`line ${e.line + 1} of the file is not line ${e.line + 1} of the body`);
		lines[e.line] = `${l.slice(0, e.col)}[${e.word}](${e.href})${l.slice(e.col + e.word.length)}`;
	}
	return { text: lines.join('\n'), linked: edits.map((e) => `${e.word} → ${e.href} (line ${e.line + 1})`), left };
}
