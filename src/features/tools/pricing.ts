/**
 * Price and profit maths for one product, neutral about platforms.
 * All money is whole Rupiah per unit unless said otherwise; percentages are 0–100.
 *
 * Model: the buyer pays the list price minus the promo discount. The platform
 * takes its commission and payment fee as a percentage of what the buyer pays.
 * Everything else (HPP, packaging, shipping subsidy, ads) is a cost per order.
 */

export interface PricingInput {
	/** Cost of goods (HPP) per unit. Either this or batchCost + unitsPerBatch. */
	hpp?: number;
	/** Cost of one production batch (ingredients, gas, labour), to derive HPP. */
	batchCost?: number;
	unitsPerBatch?: number;
	packaging?: number;
	/** Platform commission, % of what the buyer pays. */
	commissionPct?: number;
	/** Payment / transaction fee, % of what the buyer pays. */
	paymentFeePct?: number;
	/** Fixed fee per order in Rupiah (some payment methods). */
	fixedFee?: number;
	/** Shipping the seller pays for ("free shipping" subsidy), per order. */
	shippingSubsidy?: number;
	/** Promo discount, % off the list price. */
	discountPct?: number;
	/** Ad spend divided by orders. */
	adsPerOrder?: number;
	/** Profit wanted, as % of what the buyer pays. */
	targetMarginPct?: number;
	/** The list price being checked. */
	price?: number;
	/** Units sold per month. */
	unitsPerMonth?: number;
	/** Monthly fixed costs (rent, phone data, wages) for break-even. */
	fixedMonthly?: number;
}

export interface PricingResult {
	hpp: number;
	/** All costs per order that do not depend on price. */
	costPerOrder: number;
	/** List price that reaches the target margin after discount and fees, or null if impossible. */
	recommendedPrice: number | null;
	/** The recommended price rounded up to the next Rp500, as sellers usually price. */
	recommendedPriceRounded: number | null;
	/** Evaluation of `price`, when given. */
	atPrice?: {
		buyerPays: number;
		platformTakes: number;
		profitPerUnit: number;
		marginPct: number;
		profitPerMonth: number | null;
		/** Units per month to cover fixed monthly costs, or null when each unit loses money. */
		breakEvenUnits: number | null;
		loss: boolean;
	};
}

/** What is wrong with a field; its text is `calculator.problems` in the strings files. */
export type PricingProblem = 'notNumber' | 'negative' | 'percentTooHigh' | 'tooLarge' | 'hppMissing' | 'unitsPerBatchMissing' | 'batchCostMissing';
export type FieldError = { field: keyof PricingInput; problem: PricingProblem };
export type PricingOutcome = { ok: true; result: PricingResult } | { ok: false; errors: FieldError[] };

const MAX_RUPIAH = 1_000_000_000_000; // Rp1 triliun: beyond any single product.
const PERCENT_FIELDS = ['commissionPct', 'paymentFeePct', 'discountPct', 'targetMarginPct'] as const;

/**
 * Read what a person typed into a number: "15.000", "Rp 15.000", "15000", "8,5".
 * Dots are thousands separators in Indonesian; a comma is the decimal mark.
 * Returns undefined for empty, NaN for anything that is not a number.
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

function validate(input: PricingInput): FieldError[] {
	const errors: FieldError[] = [];
	for (const [field, value] of Object.entries(input) as [keyof PricingInput, number | undefined][]) {
		if (value === undefined) continue;
		if (!Number.isFinite(value)) errors.push({ field, problem: 'notNumber' });
		else if (value < 0) errors.push({ field, problem: 'negative' });
		else if ((PERCENT_FIELDS as readonly string[]).includes(field) && value >= 100) errors.push({ field, problem: 'percentTooHigh' });
		else if (value > MAX_RUPIAH) errors.push({ field, problem: 'tooLarge' });
	}
	const hasHpp = input.hpp !== undefined;
	const hasBatch = input.batchCost !== undefined || input.unitsPerBatch !== undefined;
	if (!hasHpp && !hasBatch) errors.push({ field: 'hpp', problem: 'hppMissing' });
	if (!hasHpp && hasBatch) {
		if (!input.unitsPerBatch) errors.push({ field: 'unitsPerBatch', problem: 'unitsPerBatchMissing' });
		if (input.batchCost === undefined) errors.push({ field: 'batchCost', problem: 'batchCostMissing' });
	}
	return errors;
}

export function calculatePricing(input: PricingInput): PricingOutcome {
	const errors = validate(input);
	if (errors.length) return { ok: false, errors };
	const n = (v: number | undefined) => v ?? 0;
	const hpp = input.hpp ?? n(input.batchCost) / n(input.unitsPerBatch);
	const costPerOrder = hpp + n(input.packaging) + n(input.fixedFee) + n(input.shippingSubsidy) + n(input.adsPerOrder);
	const feeShare = (n(input.commissionPct) + n(input.paymentFeePct)) / 100;
	const margin = n(input.targetMarginPct) / 100;
	const discount = n(input.discountPct) / 100;
	const keep = 1 - feeShare - margin;
	const recommendedPrice = keep > 0 ? costPerOrder / keep / (1 - discount) : null;
	const result: PricingResult = {
		hpp: round(hpp),
		costPerOrder: round(costPerOrder),
		recommendedPrice: recommendedPrice === null ? null : Math.ceil(recommendedPrice),
		recommendedPriceRounded: recommendedPrice === null ? null : Math.ceil(recommendedPrice / 500) * 500,
	};
	if (input.price !== undefined) {
		const buyerPays = input.price * (1 - discount);
		const platformTakes = buyerPays * feeShare;
		const profitPerUnit = buyerPays - platformTakes - costPerOrder;
		const units = input.unitsPerMonth;
		result.atPrice = {
			buyerPays: round(buyerPays),
			platformTakes: round(platformTakes),
			profitPerUnit: round(profitPerUnit),
			marginPct: buyerPays > 0 ? Math.round((profitPerUnit / buyerPays) * 1000) / 10 : 0,
			profitPerMonth: units === undefined ? null : round(profitPerUnit * units - n(input.fixedMonthly)),
			breakEvenUnits: profitPerUnit > 0 ? Math.ceil(n(input.fixedMonthly) / profitPerUnit) : null,
			loss: profitPerUnit < 0,
		};
	}
	return { ok: true, result };
}

const round = (v: number) => Math.round(v);

/**
 * Fee presets: only figures the research gives, labelled with source and year (labels: `calculator.presets` in the
 * strings files).
 * They change; the learner can and should edit them.
 */
export const FEE_PRESETS = [
	{ id: 'gofood-2024', commissionPct: 20, source: 'Somia CX / DFS Lab, 2024' },
	{ id: 'shopee-2024', commissionPct: 8.5, source: 'Somia CX / DFS Lab, 2024' },
	{ id: 'none', commissionPct: 0, source: '' },
] as const;
