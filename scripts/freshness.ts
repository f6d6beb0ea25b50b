/**
 * `npm run freshness [-- --today=YYYY-MM-DD]`: the re-check to-do list of every
 * dated fact (web sources of lessons, programs and workshop plans,
 * `<KeyFact checked="…">` in lessons, and the calculator's fee presets): never-checked first, then oldest first,
 * with its age. Thresholds: src/features/content-checks/freshness.ts. Always exits 0.
 */
import { readAllContent } from '../src/core/catalogue/read-content.ts';
import { parseContent } from '../src/features/content-checks/content-check.ts';
import { datedFactsOf, formatToDoList } from '../src/features/content-checks/freshness.ts';
import { FEE_PRESETS } from '../src/features/tools/pricing.ts';

const todayArg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) throw new Error(`--today=${todayArg}: write the date as YYYY-MM-DD`);

const { content } = parseContent(readAllContent(process.cwd()));
const facts = [
	...content.lessons.flatMap((l) => datedFactsOf(l.file, l.data.sources, l.body)),
	...content.programs.flatMap((p) => datedFactsOf(p.file, p.data.sources)),
	...content.workshops.flatMap((w) => datedFactsOf(w.file, w.data.sources)),
	// The calculator's fee presets are dated facts too.
	...FEE_PRESETS.filter((p) => p.url).map((p) => ({ file: 'src/features/tools/pricing.ts', kind: 'source' as const, label: `fee preset ${p.id}`, url: p.url, checked: p.checked })),
];
console.log(`Facts to re-check, as of ${today.toISOString().slice(0, 10)} (age in whole months):\n`);
console.log(formatToDoList(facts, today));
