/**
 * Read what a person typed into a number: "15.000", "Rp 15.000", "15000", "8,5".
 * Dots are thousands separators in Indonesian; a comma is the decimal mark.
 * Returns undefined for empty, NaN for anything that is not a number.
 * On its own (not in pricing.ts) so the caption helper does not load the price calculator.
 */
export function parseNumber(text: string | number | null | undefined, { percent = false } = {}): number | undefined {
	if (typeof text === 'number') return text;
	if (text === null || text === undefined) return undefined;
	let s = String(text).trim().replace(/^rp\.?\s*/i, '').replace(/%$/, '').replace(/\s/g, '');
	if (s === '') return undefined;
	if (percent) s = s.replace(',', '.');
	else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
	// English pages: "15,000" is fifteen thousand (a comma before exactly three digits is never a Rupiah decimal).
	else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	else s = s.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(s)) return Number.NaN;
	return Number(s);
}
