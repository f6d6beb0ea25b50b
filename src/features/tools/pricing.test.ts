import { describe, expect, it } from 'vitest';
import { calculatePricing, parseNumber, FEE_PRESETS } from './pricing.ts';
import { LANGS } from '../../core/locales.ts';
import { t } from '../../core/i18n/ui.ts';

describe('parseNumber', () => {
	it('reads Indonesian money and percentages', () => {
		expect(parseNumber('15.000')).toBe(15000);
		expect(parseNumber('Rp 1.250.000')).toBe(1250000);
		expect(parseNumber('15000')).toBe(15000);
		expect(parseNumber('8,5', { percent: true })).toBe(8.5);
		expect(parseNumber('8.5', { percent: true })).toBe(8.5);
		expect(parseNumber('20%', { percent: true })).toBe(20);
		expect(parseNumber('15,000')).toBe(15000);
		expect(parseNumber('Rp1,250,000')).toBe(1250000);
	});
	it('tells empty apart from not-a-number', () => {
		expect(parseNumber('')).toBeUndefined();
		expect(parseNumber('   ')).toBeUndefined();
		expect(parseNumber(undefined)).toBeUndefined();
		expect(parseNumber('lima ribu')).toBeNaN();
		expect(parseNumber('12abc')).toBeNaN();
	});
});

describe('calculatePricing', () => {
	it('finds the price that keeps the target margin after commission and discount', () => {
		// Keripik: HPP 8.000 + packaging 1.000 = 9.000; commission 20%, margin 30% → keep 50% → 18.000
		const out = calculatePricing({ hpp: 8000, packaging: 1000, commissionPct: 20, targetMarginPct: 30 });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.result.targetPrice).toBe(18000);
		expect(out.result.targetPriceRounded).toBe(18000);
		// 9.000 ÷ (1 − 20%) = 11.250: below this every unit loses money.
		expect(out.result.breakEvenPrice).toBe(11250);
	});

	it('never suggests a price when no margin was chosen: it gives the break-even price only', () => {
		// Cost Rp8.000, selling at Rp15.000, no platform: the old calculator "suggested" Rp9.000 here.
		const out = calculatePricing({ hpp: 8000, price: 15000 });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.result).toMatchObject({ breakEvenPrice: 8000, targetPrice: null, targetPriceRounded: null, targetImpossible: false });
		expect(out.result.atPrice).toMatchObject({ profitPerUnit: 7000, marginPct: 46.7, loss: false });
	});

	it('counts a fixed per-order fee and a discount in the break-even price', () => {
		// 8.000 + 1.250 = 9.250 ÷ (1 − 8,5%) ÷ (1 − 10%) = 11.232,1… → 11.233
		const out = calculatePricing({ hpp: 8000, fixedFee: 1250, commissionPct: 8.5, discountPct: 10, price: 11000 });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.result.breakEvenPrice).toBe(11233);
		expect(out.result.atPrice?.loss).toBe(true);
		expect(calculatePricing({ hpp: 8000, fixedFee: 1250, commissionPct: 8.5, discountPct: 10, price: 11233 })).toMatchObject({ ok: true, result: { atPrice: { loss: false } } });
	});

	it('derives HPP from a batch', () => {
		const out = calculatePricing({ batchCost: 240000, unitsPerBatch: 40, price: 10000 });
		expect(out.ok && out.result.hpp).toBe(6000);
	});

	it('evaluates a price, per month and break-even', () => {
		const out = calculatePricing({ hpp: 8000, commissionPct: 20, price: 15000, unitsPerMonth: 100, fixedMonthly: 100000 });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		// buyer pays 15.000, platform 3.000, profit 4.000
		expect(out.result.atPrice).toMatchObject({ buyerPays: 15000, platformTakes: 3000, profitPerUnit: 4000, profitPerMonth: 300000, breakEvenUnits: 25, loss: false });
	});

	it('warns when a promo makes the product sell at a loss', () => {
		const out = calculatePricing({ hpp: 12000, packaging: 1500, commissionPct: 20, discountPct: 30, price: 20000 });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		// buyer pays 14.000, platform 2.800 → 11.200 - 13.500 = -2.300
		expect(out.result.atPrice?.profitPerUnit).toBe(-2300);
		expect(out.result.atPrice?.loss).toBe(true);
		expect(out.result.atPrice?.breakEvenUnits).toBeNull();
	});

	it('says a target is impossible instead of dividing by zero', () => {
		const out = calculatePricing({ hpp: 5000, commissionPct: 60, targetMarginPct: 45 });
		expect(out.ok && out.result).toMatchObject({ targetPrice: null, targetImpossible: true, breakEvenPrice: 12500 });
		expect(calculatePricing({ hpp: 5000, commissionPct: 60, paymentFeePct: 40 })).toMatchObject({ ok: true, result: { breakEvenPrice: null } });
	});

	it('handles zero costs without NaN', () => {
		const out = calculatePricing({ hpp: 0, price: 0 });
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.result.breakEvenPrice).toBe(0);
		expect(out.result.atPrice?.marginPct).toBe(0);
		expect(JSON.stringify(out.result)).not.toContain('NaN');
	});

	it('rejects negative, non-numeric, huge and impossible input with a message per field', () => {
		const out = calculatePricing({ hpp: -1, packaging: Number.NaN, commissionPct: 120, price: 1e15 });
		expect(out.ok).toBe(false);
		if (out.ok) return;
		const fields = out.errors.map((e) => e.field).sort();
		expect(fields).toEqual(['commissionPct', 'hpp', 'packaging', 'price']);
		for (const e of out.errors) for (const lang of LANGS) expect(t(lang).calculator.problems[e.problem].length).toBeGreaterThan(5);
	});

	it('requires a cost: empty input is a clear error', () => {
		const out = calculatePricing({});
		expect(out.ok).toBe(false);
		if (out.ok) return;
		expect(out.errors[0]?.field).toBe('hpp');
	});

	it('requires units when HPP comes from a batch', () => {
		const out = calculatePricing({ batchCost: 100000, unitsPerBatch: 0 });
		expect(out.ok).toBe(false);
	});
});

describe('presets', () => {
	it('only presets figures that carry a dated source, and every label names its year', () => {
		for (const p of FEE_PRESETS) {
			if (p.commissionPct > 0) expect(p.source).toMatch(/20\d\d/);
			if (p.fixedFee !== undefined) expect(p, p.id).toMatchObject({ url: expect.stringMatching(/^https:\/\/[^/]+\/.+/), checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
			for (const lang of LANGS) if (p.id !== 'none') expect(t(lang).calculator.presets[p.id as keyof ReturnType<typeof t>['calculator']['presets']]).toMatch(/20\d\d/);
		}
	});
});
