/**
 * The imsmanifest.xml of a SCORM 1.2 package (ADL SCORM 1.2 Content
 * Aggregation Model, IMS Content Packaging 1.1.2): one organization with one
 * item, played by one SCO, the package's launch page, which shows the lessons
 * in order and talks to the LMS (src/features/lms/scorm-player.js).
 */
export interface ManifestInput {
	/** Unique and stable across releases, so an LMS recognises an updated package. */
	identifier: string;
	title: string;
	/** Every file in the package, the launch page first. */
	files: string[];
}

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function scormManifest({ identifier, title, files }: ManifestInput): string {
	const launch = files[0];
	if (!launch) throw new Error('scorm: a package needs at least its launch page');
	if (!/^[A-Za-z_][\w.-]*$/.test(identifier)) throw new Error(`scorm: identifier "${identifier}" is not an XML ID (letters, digits, . - _)`);
	const t = escapeXml(title);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${identifier}" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">`,
		'\t<metadata>',
		'\t\t<schema>ADL SCORM</schema>',
		'\t\t<schemaversion>1.2</schemaversion>',
		'\t</metadata>',
		'\t<organizations default="org">',
		'\t\t<organization identifier="org">',
		`\t\t\t<title>${t}</title>`,
		'\t\t\t<item identifier="item" identifierref="sco" isvisible="true">',
		`\t\t\t\t<title>${t}</title>`,
		'\t\t\t</item>',
		'\t\t</organization>',
		'\t</organizations>',
		'\t<resources>',
		`\t\t<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">`,
		...files.map((f) => `\t\t\t<file href="${escapeXml(f)}"/>`),
		'\t\t</resource>',
		'\t</resources>',
		'</manifest>',
		'',
	].join('\n');
}
