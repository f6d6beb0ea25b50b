import { describe, expect, it } from 'vitest';
import { parseContact } from './contact.ts';
import { reportLinks, reportText, topicLinks, topicText } from './report-links.ts';
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

describe('suggest this topic (search: "not here yet")', () => {
	const tw = ui.id.search;
	const none = parseContact('issueForm: ""\nemail: ""\nwhatsapp: ""\n');

	it('fills the query and the page into the message', () => {
		const { subject, body } = topicText('ternak lele', 'https://x.example/', tw);
		expect(subject).toBe('Usulan topik: ternak lele');
		expect(body).toContain('“ternak lele”');
		expect(body).toContain('https://x.example/');
		expect(topicText('q', 'u', ui.en.search).subject).toBe('Topic suggestion: q');
	});

	it('prefills every configured way, in the report\'s order', () => {
		const links = topicLinks(parseContact('issueForm: https://github.com/o/r/issues/new\nemail: usul@example.org\nwhatsapp: ""\n'), 'ternak lele', 'https://x.example/', tw);
		expect(links.map((l) => l.kind)).toEqual(['issueForm', 'email']);
		expect(new URL(links[0]!.href).searchParams.get('title')).toBe('Usulan topik: ternak lele');
		expect(decodeURIComponent(links[1]!.href.split('&body=')[1]!)).toBe(topicText('ternak lele', 'https://x.example/', tw).body);
	});

	it('without a contact, offers one WhatsApp share link with no number (the person picks whom to send it to)', () => {
		const links = topicLinks(none, 'ternak lele', 'https://x.example/', tw);
		expect(links).toHaveLength(1);
		expect(links[0]!.kind).toBe('share');
		const url = new URL(links[0]!.href);
		expect(url.origin + url.pathname).toBe('https://wa.me/');
		expect(url.searchParams.get('text')).toContain('Usulan topik: ternak lele');
	});
});
