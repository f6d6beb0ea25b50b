import { describe, expect, it } from 'vitest';
import { parseContact } from './contact.ts';
import { reportLinks, reportText } from './report-links.ts';
import { ui } from '../../core/i18n/ui.ts';
import { readFileSync } from 'node:fs';

const page = { title: 'Bina UMKM & Co', url: 'https://x.example/program/bina/', file: 'content/programs/bina.yaml', fields: { status: 'Status', website: 'Situs program' } };
const w = ui.id.report;

describe('report a mistake', () => {
	it('offers nothing while content/contact.yaml is empty, and reads the committed file', () => {
		const contact = parseContact(readFileSync('content/contact.yaml', 'utf8'));
		expect(reportLinks(parseContact('issueForm: ""\nemail: ""\nwhatsapp: ""\n'), page, w)).toEqual([]);
		expect(Object.keys(contact).sort()).toEqual(['email', 'issueForm', 'whatsapp']);
	});

	it('prefills an issue form, an e-mail and a WhatsApp text naming the page, its file and its fields', () => {
		const links = reportLinks(parseContact('issueForm: https://github.com/o/r/issues/new\nemail: koreksi@example.org\nwhatsapp: "6281234567890"\n'), page, w);
		expect(links.map((l) => l.kind)).toEqual(['issueForm', 'email', 'whatsapp']);
		const issue = new URL(links[0]!.href);
		expect(issue.origin + issue.pathname).toBe('https://github.com/o/r/issues/new');
		expect(issue.searchParams.get('title')).toBe('Laporan kesalahan: Bina UMKM & Co');
		const body = issue.searchParams.get('body')!;
		expect(body).toContain('content/programs/bina.yaml');
		expect(body).toContain('https://x.example/program/bina/');
		expect(body).toContain('Status (status), Situs program (website)');
		expect(links[1]!.href).toMatch(/^mailto:koreksi@example\.org\?subject=Laporan%20kesalahan%3A%20Bina%20UMKM%20%26%20Co&body=/);
		expect(decodeURIComponent(links[1]!.href.split('&body=')[1]!)).toBe(reportText(page, w).body);
		expect(links[2]!.href.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
		expect(decodeURIComponent(new URL(links[2]!.href).searchParams.get('text')!)).toContain('Bina UMKM & Co');
	});

	it('shows only the ways that are configured', () => {
		expect(reportLinks(parseContact('email: koreksi@example.org\n'), page, w).map((l) => l.kind)).toEqual(['email']);
	});

	it('refuses a bad value naming the file, the field and what is allowed', () => {
		expect(() => parseContact('whatsapp: "+62 812"\n')).toThrow(/content\/contact\.yaml[\s\S]*field: whatsapp[\s\S]*digits only/);
		expect(() => parseContact('email: nobody\n')).toThrow(/field: email/);
		expect(() => parseContact('issueForm: javascript:alert(1)\n')).toThrow(/field: issueForm[\s\S]*web addresses/);
		expect(() => parseContact('phone: "1"\n')).toThrow(/content\/contact\.yaml/);
	});
});
