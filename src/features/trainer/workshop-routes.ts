/** getStaticPaths for the per-plan pages (`/pelatih/<id>/…`), in every language. */
import { getWorkshops } from './workshops.ts';
import { perLang } from '../../core/lang-routes.ts';

export async function workshopPaths() {
	const workshops = await getWorkshops();
	return perLang(() => workshops.map((workshop) => ({ params: { id: workshop.id }, props: { workshop } })));
}
