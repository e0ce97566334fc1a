import { parseStringPromise } from 'xml2js';

/** An XML element as the SAML code reads it: namespace and local name, attributes by name, children in order. */
export interface XmlElement {
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

interface Xml2jsNode {
  $?: Record<string, { value: string }>;
  $ns?: { uri: string; local: string };
  $$?: Xml2jsNode[];
  _?: string;
}

function element(node: Xml2jsNode): XmlElement {
  return {
    local: node.$ns?.local ?? '',
    uri: node.$ns?.uri ?? '',
    attributes: Object.fromEntries(Object.entries(node.$ ?? {}).map(([name, attribute]) => [name, attribute.value])),
    children: (node.$$ ?? []).map(element),
    text: node._ ?? '',
  };
}

/**
 * The document element of an XML text, or null when it is not well-formed. xml2js (sax, which expands no external
 * entities) rather than @xmldom/xmldom, whose type declarations would pull the browser's DOM types into the API.
 */
export async function parseXml(xml: string): Promise<XmlElement | null> {
  try {
    const root = (await parseStringPromise(xml, { xmlns: true, explicitChildren: true, preserveChildrenOrder: true, explicitRoot: false })) as Xml2jsNode | null;
    return root?.$ns ? element(root) : null;
  } catch {
    return null;
  }
}

/** Every element under this one (depth first) with the local name, in any namespace or the one given. */
export function descendants(root: XmlElement, local: string, uri?: string): XmlElement[] {
  return root.children.flatMap((child) => [...(child.local === local && (uri === undefined || child.uri === uri) ? [child] : []), ...descendants(child, local, uri)]);
}
