/** The reading speeds the listen button offers (1 is the voice's normal speed), and where the learner's choice is kept. */
export const RATES = [0.8, 1, 1.25] as const;
export const RATE_KEY = 'naik-kelas:listen-rate';

/** A stored speed, or 1 if nothing (or something we don't offer) is stored. */
export const rateOf = (stored: string | null | undefined): number => (RATES as readonly number[]).find((r) => String(r) === stored) ?? 1;
