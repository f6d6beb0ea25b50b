import { describe, expect, it } from 'vitest';
import { escapeXml, scormManifest } from './scorm-manifest.ts';
import { parsePage, allElements, attrOf } from '../../core/html/html.ts';

describe('SCORM 1.2 manifest', () => {
	const xml = scormManifest({ identifier: 'naik-kelas.id.path.finance-basics', title: 'Naik Kelas · Untung & rugi <dasar>', files: ['index.html', 'lessons/cost-of-goods.html'] });

	it('declares SCORM 1.2 and one SCO launched from the first file, listing every file', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		const els = allElements(parsePage(xml));
		const resource = els.find((e) => e.tagName === 'resource')!;
		expect(attrOf(resource, 'adlcp:scormtype')).toBe('sco');
		expect(attrOf(resource, 'href')).toBe('index.html');
		expect(els.filter((e) => e.tagName === 'file').map((e) => attrOf(e, 'href'))).toEqual(['index.html', 'lessons/cost-of-goods.html']);
		expect(attrOf(els.find((e) => e.tagName === 'item')!, 'identifierref')).toBe(attrOf(resource, 'identifier'));
	});

	it('escapes titles and refuses an identifier that is not an XML ID', () => {
		expect(xml).toContain('<title>Naik Kelas · Untung &amp; rugi &lt;dasar&gt;</title>');
		expect(escapeXml(`a"b'c`)).toBe('a&quot;b&apos;c');
		expect(() => scormManifest({ identifier: '1 bad id', title: 'x', files: ['index.html'] })).toThrow(/XML ID/);
		expect(() => scormManifest({ identifier: 'ok', title: 'x', files: [] })).toThrow(/launch page/);
	});
});
