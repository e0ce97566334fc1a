/* Test support: is an Office Open XML package (DOCX, XLSX) one that Word and Excel open without repairing it? */
import { posix } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

/** The elements of an XML part with their attributes, and its well-formedness errors (namespaces checked too). */
function readXml(text: string): { elements: XmlElement[]; errors: string[] } {
  const elements: XmlElement[] = [];
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => elements.push({ name: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])) }));
  parser.write(text).close();
  return { elements, errors };
}

/** The part a relationships part speaks for: "word/_rels/document.xml.rels" → "word/document.xml"; the package: "". */
const sourceOf = (rels: string): string => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');

const extensionOf = (part: string): string => part.slice(part.lastIndexOf('.') + 1).toLowerCase();

/**
 * What is wrong with the package, empty when nothing is: every XML part well-formed, every part with a content type,
 * every content type override and every internal relationship pointing at a part that exists.
 */
export async function ooxmlPackageProblems(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const problems: string[] = [];
  const xml = new Map<string, XmlElement[]>();
  for (const part of parts.filter((name) => /\.(xml|rels)$/.test(name))) {
    const { elements, errors } = readXml(await zip.files[part].async('string'));
    problems.push(...errors.map((error) => `${part}: ${error}`));
    xml.set(part, elements);
  }

  const types = xml.get('[Content_Types].xml') ?? [];
  const defaults = new Set(types.filter((e) => e.name === 'Default').map((e) => e.attributes.Extension.toLowerCase()));
  const overrides = new Set(types.filter((e) => e.name === 'Override').map((e) => e.attributes.PartName.replace(/^\//, '')));
  for (const part of parts.filter((name) => name !== '[Content_Types].xml')) {
    if (!overrides.has(part) && !defaults.has(extensionOf(part))) problems.push(`${part}: no content type`);
  }
  for (const part of overrides) if (!parts.includes(part)) problems.push(`[Content_Types].xml: override for missing part ${part}`);

  for (const rels of parts.filter((name) => name.endsWith('.rels'))) {
    const source = sourceOf(rels);
    if (source !== '' && !parts.includes(source)) problems.push(`${rels}: relationships of missing part ${source}`);
    for (const { name, attributes } of xml.get(rels) ?? []) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') continue;
      const target = attributes.Target.startsWith('/') ? attributes.Target.slice(1) : posix.join(posix.dirname(source), attributes.Target);
      if (!parts.includes(target)) problems.push(`${rels}: ${attributes.Id} points at missing part ${target}`);
    }
  }
  return problems;
}
