import { describe, expect, it } from 'vitest';
import { pickVoice, primaryLanguage, type VoiceLike } from './voices.ts';

const voice = (lang: string, name = lang, localService = true, isDefault = false): VoiceLike => ({ lang, name, localService, default: isDefault });

describe('primaryLanguage', () => {
	it('reads the language of modern and legacy tags', () => {
		expect(primaryLanguage('id-ID')).toBe('id');
		expect(primaryLanguage('in_ID')).toBe('id');
		expect(primaryLanguage('ind')).toBe('id');
		expect(primaryLanguage('en-GB')).toBe('en');
		expect(primaryLanguage('EN_us')).toBe('en');
	});
});

describe('pickVoice', () => {
	it('never gives an Indonesian page an English voice', () => {
		expect(pickVoice([voice('en-US'), voice('en-GB')], 'id-ID')).toBeUndefined();
		expect(pickVoice([], 'id-ID')).toBeUndefined();
	});

	it('finds the Indonesian voice whatever tag the engine uses', () => {
		expect(pickVoice([voice('en-US'), voice('in_ID', 'Android')], 'id-ID')?.name).toBe('Android');
		expect(pickVoice([voice('en-US'), voice('id-ID', 'Damayanti')], 'id-ID')?.name).toBe('Damayanti');
	});

	it('ignores voices that would send the text off the device', () => {
		expect(pickVoice([voice('id-ID', 'Google Bahasa Indonesia', false)], 'id-ID')).toBeUndefined();
		expect(pickVoice([voice('id-ID', 'remote', false), voice('id-ID', 'local')], 'id-ID')?.name).toBe('local');
	});

	it('prefers the same region, then the default voice, for English pages', () => {
		expect(pickVoice([voice('en-US', 'us'), voice('en-GB', 'gb')], 'en-GB')?.name).toBe('gb');
		expect(pickVoice([voice('en-US', 'us'), voice('en-AU', 'au', true, true)], 'en')?.name).toBe('au');
		expect(pickVoice([voice('en-US', 'us'), voice('en-AU', 'au')], 'en')?.name).toBe('us');
		expect(pickVoice([voice('id-ID')], 'en')).toBeUndefined();
	});
});
