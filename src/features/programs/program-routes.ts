/**
 * Static paths for the program pages, in every language. The directory, coverage
 * and guide live in the same folder as docs pages, so a program id must not
 * take their slugs.
 */
import { getCatalogue } from '../../core/catalogue/catalogue.ts';
import { perLang } from '../../core/lang-routes.ts';

export const RESERVED_PROGRAM_SLUGS = ['cakupan', 'tambah'];

export async function programPaths() {
	const { programs } = await getCatalogue();
	const clash = programs.find((p) => RESERVED_PROGRAM_SLUGS.includes(p.id));
	if (clash) throw new Error(`content/programs/${clash.id}.yaml: the id "${clash.id}" is taken by the page /program/${clash.id}/. Rename the file and its id.`);
	return perLang(() => programs.map((program) => ({ params: { id: program.id }, props: { program } })));
}
