/**
 * The contact addresses of "Report a mistake", from ONE file: content/contact.yaml. Each value may be empty (that
 * way is then not offered); a filled value must be a real address of its kind, or the build stops naming the file,
 * the field and what is allowed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { webUrl } from '../../core/schemas/common.ts';

export const CONTACT_FILE = 'content/contact.yaml';

const empty = z.literal('');
export const contactSchema = z
	.object({
		/** The repository's new-issue address (https://github.com/<owner>/<repo>/issues/new). */
		issueForm: z.union([empty, webUrl]).default(''),
		/** An inbox someone reads. */
		email: z.union([empty, z.email('write an e-mail address like koreksi@example.org, or "" for none')]).default(''),
		/** International number, digits only (wa.me form). */
		whatsapp: z.union([empty, z.string().regex(/^[1-9]\d{7,14}$/, 'write the WhatsApp number in international form, digits only, e.g. 6281234567890, or "" for none')]).default(''),
	})
	.strict();
export type Contact = z.infer<typeof contactSchema>;

export function parseContact(text: string, file = CONTACT_FILE): Contact {
	const result = contactSchema.safeParse(parse(text) ?? {});
	if (result.success) return result.data;
	const problems = result.error.issues.map((i) => `  field: ${i.path.join('.') || '(file)'}\n  problem: ${i.message}`);
	throw new Error(`✖ ${file}\n${problems.join('\n')}`);
}

let cached: Contact | undefined;
export const readContact = (root = '.'): Contact => (cached ??= parseContact(readFileSync(join(root, CONTACT_FILE), 'utf8')));
