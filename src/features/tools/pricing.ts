/**
 * Price and profit maths for one product, neutral about platforms.
 * All money is whole Rupiah per unit unless said otherwise; percentages are 0–100.
 *
 * Model: the buyer pays the list price minus the promo discount. The platform
 * takes its commission and payment fee as a percentage of what the buyer pays.
 * Everything else (HPP, packaging, shipping subsidy, ads) is a cost per order.
 */
import { parseNumber } from './parse-number.ts';

export { parseNumber };

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
	/** Fixed fee per order in Rupiah (a platform's per-order processing fee, some payment methods). */
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
	/**
	 * Break-even price: the lowest list price that loses nothing after discount and fees (profit 0), rounded up to the
	 * Rupiah; null when fees take 100% or more.
	 */
	breakEvenPrice: number | null;
	/**
	 * The price for the margin she chose (`targetMarginPct` above 0): null when she chose none, or when fees plus
	 * margin reach 100% (`targetImpossible`). Never a "suggestion" without a chosen margin.
	 */
	targetPrice: number | null;
	/** `targetPrice` rounded up to the next Rp500, as sellers usually price. */
	targetPriceRounded: number | null;
	/** A margin was chosen but fees plus margin reach 100% or more. */
	targetImpossible: boolean;
	/** Evaluation of `price`, when given. */
	atPrice?: {
		buyerPays: number;
		platformTakes: number;
		profitPerUnit: number;
		marginPct: number;
		profitPerMonth: number | null;
		/** Units per month to cover fixed monthly costs, or null when each unit loses money. */
		breakEvenUnits: number | null;
		/** The price is below the break-even price: every unit loses money. */
		loss: boolean;
	};
}

/** What is wrong with a field; its text is `calculator.problems` in the strings files. */
export type PricingProblem = 'notNumber' | 'negative' | 'percentTooHigh' | 'tooLarge' | 'hppMissing' | 'unitsPerBatchMissing' | 'batchCostMissing';
export type FieldError = { field: keyof PricingInput; problem: PricingProblem };
export type PricingOutcome = { ok: true; result: PricingResult } | { ok: false; errors: FieldError[] };

const MAX_RUPIAH = 1_000_000_000_000; // Rp1 triliun: beyond any single product.
const PERCENT_FIELDS = ['commissionPct', 'paymentFeePct', 'discountPct', 'targetMarginPct'] as const;

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
	/** List price that keeps `share` of what the buyer pays as profit, after discount and fees; null if impossible. */
	const priceFor = (share: number) => {
		const keep = 1 - feeShare - share;
		return keep > 0 ? costPerOrder / keep / (1 - discount) : null;
	};
	const breakEven = priceFor(0);
	const target = margin > 0 ? priceFor(margin) : null;
	const result: PricingResult = {
		hpp: round(hpp),
		costPerOrder: round(costPerOrder),
		breakEvenPrice: breakEven === null ? null : ceilTo(breakEven, 1),
		targetPrice: target === null ? null : ceilTo(target, 1),
		targetPriceRounded: target === null ? null : ceilTo(target, 500),
		targetImpossible: margin > 0 && target === null,
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
/** Round up to a multiple of `step` Rupiah, ignoring float dust (11.250,0000001 stays 11.250), never -0. */
const ceilTo = (v: number, step: number) => Math.max(0, Math.ceil((v - 1e-6) / step) * step);

export interface FeePreset {
	id: string;
	commissionPct: number;
	/** Fixed fee per order, Rp, when a dated source gives one. */
	fixedFee?: number;
	/** Where each figure comes from, with its year. */
	source: string;
	/** A web source of a figure, and the day someone read it there (listed by `npm run freshness`). */
	url?: string;
	checked?: string;
}

/**
 * Fee presets: only figures a dated source gives, labelled with source and year (labels: `calculator.presets` in the
 * strings files). They change; the learner can and should edit them, and the hint sends her to her seller centre's
 * fee page. Tokopedia and TikTok Shop also announced a Rp1.250 per-order fee from 11 August 2025, but no source here
 * gives their commission, so they have no preset.
 */
export const FEE_PRESETS: readonly FeePreset[] = [
	{ id: 'gofood-2024', commissionPct: 20, source: 'Somia CX / DFS Lab, 2024' },
	{
		id: 'shopee-2025',
		commissionPct: 8.5,
		fixedFee: 1250,
		source: 'commission: Somia CX / DFS Lab, 2024; Biaya Proses Pesanan Rp1.250 per completed order from 20 July 2025: Shopee announcement, reported by PWI Jatim, 2025',
		url: 'https://pwijatim.or.id/2025/07/03/shopee-terapkan-biaya-proses-pesanan-rp1-250-mulai-20-juli-2025-ini-rinciannya',
		checked: '2026-12-01',
	},
	{ id: 'none', commissionPct: 0, source: '' },
];
