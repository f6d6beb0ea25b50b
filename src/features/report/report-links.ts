/**
 * "Laporkan kesalahan / Report a mistake": prefilled links to the ways configured in content/contact.yaml (an issue
 * form, an e-mail, a WhatsApp text). The message names the page, its address and the fields a reader may pick, each
 * with its label and its field id, so a maintainer knows which file and which field to fix.
 */
import type { Contact } from './contact.ts';

export interface ReportWords {
	subject: string;
	page: string;
	address: string;
	field: string;
	wrong: string;
	right: string;
}

export interface ReportPage {
	title: string;
	/** Absolute URL of the page. */
	url: string;
	/** The source file to fix, e.g. content/programs/x.yaml. */
	file: string;
	/** Field id → label, the parts of the page a reader can point at. */
	fields: Record<string, string>;
}

export interface ReportLink {
	kind: 'issueForm' | 'email' | 'whatsapp';
	href: string;
}

export function reportText(page: ReportPage, w: ReportWords): { subject: string; body: string } {
	const fields = Object.entries(page.fields).map(([id, label]) => `${label} (${id})`).join(', ');
	return {
		subject: w.subject.replace('{title}', page.title),
		body: [`${w.page}: ${page.title} (${page.file})`, `${w.address}: ${page.url}`, `${w.field}: ${fields}`, '', w.wrong, '', '', w.right, '', ''].join('\n'),
	};
}

/** The configured ways only, in a fixed order; none when nothing is configured. */
export function reportLinks(contact: Contact, page: ReportPage, w: ReportWords): ReportLink[] {
	const { subject, body } = reportText(page, w);
	return reportLinksFor(contact, subject, body);
}

function reportLinksFor(contact: Contact, subject: string, body: string): ReportLink[] {
	const links: ReportLink[] = [];
	if (contact.issueForm) {
		const url = new URL(contact.issueForm);
		url.searchParams.set('title', subject);
		url.searchParams.set('body', body);
		links.push({ kind: 'issueForm', href: url.href });
	}
	if (contact.email) links.push({ kind: 'email', href: `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` });
	if (contact.whatsapp) links.push({ kind: 'whatsapp', href: `https://wa.me/${contact.whatsapp}?text=${encodeURIComponent(`${subject}\n${body}`)}` });
	return links;
}

/** The words of a "suggest this topic" message; `{q}` is the query, `{url}` the page searched from. */
export interface TopicWords {
	suggestSubject: string;
	suggestBody: string;
}

/** A topic suggestion as text, for a link or to copy. */
export function topicText(query: string, url: string, w: TopicWords): { subject: string; body: string } {
	const fillIn = (s: string) => s.replaceAll('{q}', query).replaceAll('{url}', url);
	return { subject: fillIn(w.suggestSubject), body: fillIn(w.suggestBody) };
}

/**
 * "Suggest this topic" links for a query the site has no lesson on: prefilled for each way configured in
 * content/contact.yaml; when none is, one WhatsApp share link without a number (the person picks whom to send it
 * to: a mentor, a trainer). Only links: nothing is sent unless the person sends it.
 */
export function topicLinks(contact: Contact, query: string, url: string, w: TopicWords): (Omit<ReportLink, 'kind'> & { kind: ReportLink['kind'] | 'share' })[] {
	const { subject, body } = topicText(query, url, w);
	const links = reportLinksFor(contact, subject, body);
	return links.length ? links : [{ kind: 'share', href: `https://wa.me/?text=${encodeURIComponent(`${subject}\n${body}`)}` }];
}
