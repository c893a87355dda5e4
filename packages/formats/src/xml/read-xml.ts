/**
 * The guarded way into XML for GPX and TCX: capped in size, decoded from its declared encoding, and refused
 * outright when it declares a DOCTYPE or an ENTITY, so no entity can ever expand (billion laughs, external
 * entities) whatever the parser underneath would do.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FormatError, describeBytes } from '../errors/format-error.js';
import { textDecoder } from '../text/text-codec.js';

/** Default cap on GPX and TCX files: a day-long run at one point a second is about 20 MB of XML. */
export const MAX_XML_BYTES = 32 * 1024 * 1024;

/** A parsed XML element: attributes under `@_name`, text under `#text` when an element has both. */
export type XmlNode = Record<string, unknown>;

export interface XmlReadOptions {
  /** Refuse input bigger than this (default `MAX_XML_BYTES`). */
  maxBytes?: number;
  /** Refuse XML whose shape goes past these (default `XML_LIMITS`). */
  limits?: Partial<XmlLimits>;
}

/** Bounds on an XML document's shape, checked in one pass before the parser sees it. */
export interface XmlLimits {
  /** Elements in the whole document. */
  maxElements: number;
  /** Attributes on any one element. */
  maxAttributesPerElement: number;
  /** Attributes in the whole document. */
  maxAttributes: number;
  /** Elements open inside each other. */
  maxDepth: number;
}

/**
 * Far past any real activity file, far below what makes the parser slow. A 32 MB GPX holds about 1 M
 * elements and 0.6 M attributes (a trkpt with time, elevation, heart rate and cadence is about 8 elements and
 * 250 bytes); a GPX or TCX nests at most a dozen deep; a root element declares a dozen namespaces. A file
 * past these (1.25 M attributes on one element took the parser 26 s) is refused at once.
 */
export const XML_LIMITS: Readonly<XmlLimits> = {
  maxElements: 2_000_000,
  maxAttributesPerElement: 64,
  maxAttributes: 2_000_000,
  maxDepth: 64,
};

/**
 * Parses XML bytes or text; `arrayTags` name the elements that may repeat, so they always come as arrays.
 * @example readXml(bytes, new Set(['trk', 'trkseg', 'trkpt'])).gpx
 */
export function readXml(
  input: Uint8Array | string,
  arrayTags: ReadonlySet<string>,
  options: XmlReadOptions = {},
): XmlNode {
  const maxBytes = options.maxBytes ?? MAX_XML_BYTES;
  const size = typeof input === 'string' ? input.length : input.length;
  if (size > maxBytes) {
    throw new FormatError(
      'too-large',
      `the file is ${describeBytes(size)}; the limit is ${describeBytes(maxBytes)}`,
    );
  }
  // Real exports put a newline, spaces or a second byte-order mark before the declaration: strict XML refuses
  // that, but it is harmless.
  const text = (typeof input === 'string' ? input : decodeXmlText(input)).replace(/^[\uFEFF\s]+/, '');
  if (text === '') throw new FormatError('empty-file', 'the file is empty: it holds only blank space');
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
    throw new FormatError(
      'xml-doctype',
      'the XML declares a DOCTYPE or entities, which activity files never need; refused for safety',
    );
  }
  checkXmlShape(text, { ...XML_LIMITS, ...options.limits });
  const problem = wellFormedProblem(text);
  if (problem !== null) {
    const root = unclosedRoot(text);
    if (root !== null) {
      throw new FormatError(
        'truncated',
        `the file is cut off: it ends before its <${root}> element is closed (a download or an export that stopped early)`,
      );
    }
    throw new FormatError('bad-xml', `the XML is not well-formed: ${problem}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => arrayTags.has(name),
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : undefined;
    throw new FormatError('bad-xml', `the XML cannot be parsed${detail ? ` (${detail})` : ''}`, { cause });
  }
  if (!isNode(parsed)) throw new FormatError('bad-xml', 'the XML holds no elements');
  return parsed;
}

/**
 * Counts elements, attributes and nesting in one linear pass (no regular expression, no allocation per
 * element) and throws `too-complex` past the limits. Malformed markup is left to the validator after it.
 */
export function checkXmlShape(text: string, limits: Readonly<XmlLimits> = XML_LIMITS): void {
  const refuse = (what: string): never => {
    throw new FormatError('too-complex', `the XML has ${what}: no activity file comes near that; refused`);
  };
  const count = (limit: number): string => limit.toLocaleString('en-GB');
  const n = text.length;
  let elements = 0;
  let attributes = 0;
  let depth = 0;
  let at = text.indexOf('<');
  while (at !== -1 && at + 1 < n) {
    const next = text.charCodeAt(at + 1);
    let end: number;
    if (next === 0x3f /* ? */) {
      end = text.indexOf('?>', at + 2);
      if (end === -1) return;
      at = text.indexOf('<', end + 2);
      continue;
    }
    if (next === 0x21 /* ! */) {
      const close = text.startsWith('<!--', at) ? '-->' : text.startsWith('<![CDATA[', at) ? ']]>' : '>';
      end = text.indexOf(close, at + 2);
      if (end === -1) return;
      at = text.indexOf('<', end + close.length);
      continue;
    }
    if (next === 0x2f /* / */) {
      depth--;
      end = text.indexOf('>', at + 2);
      if (end === -1) return;
      at = text.indexOf('<', end + 1);
      continue;
    }
    elements++;
    if (elements > limits.maxElements) refuse(`more than ${count(limits.maxElements)} elements`);
    let own = 0;
    let i = at + 1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e /* > */) break;
      if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        i = text.indexOf(c === 0x22 ? '"' : "'", i + 1);
        if (i === -1) return;
      } else if (c === 0x3d /* = */) {
        own++;
        if (own > limits.maxAttributesPerElement) {
          const name = /^<([^\s/>]{1,64})/.exec(text.slice(at, at + 66))?.[1] ?? '?';
          refuse(`an element <${name}> with more than ${limits.maxAttributesPerElement} attributes`);
        }
      }
    }
    if (i >= n) return;
    attributes += own;
    if (attributes > limits.maxAttributes) refuse(`more than ${count(limits.maxAttributes)} attributes`);
    if (text.charCodeAt(i - 1) !== 0x2f /* / */) {
      depth++;
      if (depth > limits.maxDepth) refuse(`elements nested more than ${limits.maxDepth} deep`);
    }
    at = text.indexOf('<', i + 1);
  }
}

/** Why the XML is not well-formed (a file cut off mid-download, a mangled tag), or null when it is. */
function wellFormedProblem(text: string): string | null {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see below
  let result: ReturnType<typeof XMLValidator.validate>;
  try {
    // The suggested replacement (fast-xml-validator) is not on our registry; this one ships with the parser.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    result = XMLValidator.validate(text);
  } catch (cause) {
    return cause instanceof Error ? cause.message : 'the validator failed';
  }
  if (result === true) return null;
  const { msg, line, col } = result.err;
  return `${msg.replace(/\.$/, '')} (line ${line}, column ${col})`;
}

/** The root element's name when the text opens it but does not end by closing it: a file cut short. */
function unclosedRoot(text: string): string | null {
  const root = /<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(
    text.replace(/^(<\?[^>]*\?>|<!--[\s\S]*?-->|\s)+/, ''),
  )?.[1];
  if (root === undefined) return null;
  const tail = text.slice(-4096).trimEnd();
  const closed = new RegExp(`(</(?:[\\w.-]+:)?${root.replace(/\./g, '\\.')}\\s*>|/>|-->)$`).test(tail);
  return closed ? null : root;
}

/** Text of XML bytes: a byte-order mark wins, then the encoding the prolog declares, then UTF-8. */
export function decodeXmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  let prolog = '';
  for (const byte of bytes.subarray(0, 120)) prolog += String.fromCharCode(byte);
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(prolog)?.[1]?.toLowerCase();
  const label = declared === undefined || declared.startsWith('utf-16') ? 'utf-8' : declared;
  return decode(label, bytes);
}

function decode(label: string, bytes: Uint8Array): string {
  let decoder: ReturnType<typeof textDecoder>;
  try {
    decoder = textDecoder(label);
  } catch (cause) {
    throw new FormatError('bad-xml', `the XML declares an unknown encoding "${label}"`, { cause });
  }
  return decoder.decode(bytes);
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child element `name`, when it is one element. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  return isNode(value) ? value : undefined;
}

/** The child elements `name` (declared in `arrayTags`), as parsed elements. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (!Array.isArray(value)) return [];
  return value.filter(isNode);
}

/** The text of a leaf element or attribute, trimmed; undefined when absent or not text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isNode(value)) return text(value['#text']);
  return undefined;
}

/** The number in a leaf element or attribute, or null. */
export function numberIn(value: unknown): number | null {
  const raw = text(value);
  if (raw === undefined || raw === '') return null;
  const parsed = Number(raw);
  return Number.isFinite(parsed) ? parsed : null;
}
