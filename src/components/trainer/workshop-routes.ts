/** getStaticPaths for the per-plan pages (`/pelatih/<id>/…`, both languages). */
import { getWorkshops } from '../../data/workshops.ts';

export async function workshopPaths() {
	return (await getWorkshops()).map((workshop) => ({ params: { id: workshop.id }, props: { workshop } }));
}
