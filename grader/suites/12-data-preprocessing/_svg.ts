// A small, strict XML parser for the SVG the histogram-plot suite checks (not a suite itself).
// It rejects what a browser's XML parser rejects in SVG text: bad nesting, unquoted attributes,
// a bare '&' or '<' in text, unknown entities.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text nodes joined), entities decoded. */
  text: string;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;\s&<]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`malformed XML: a bare '&' in ${where} (write &amp;)`);
    if (body in named) return named[body]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#([0-9]+)$/.exec(body)?.[1];
    if (code === undefined) throw new Error(`malformed XML: unknown entity &${body}; in ${where}`);
    return String.fromCodePoint(body.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10));
  });
}

/** Parses one XML document (an optional `<?xml ...?>` and comments allowed) into its root element. */
export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`malformed XML at offset ${i}: ${msg}\n  near: ${JSON.stringify(src.slice(Math.max(0, i - 30), i + 30))}`);
  };
  const skipMisc = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (src.startsWith('<?', i)) {
        const end = src.indexOf('?>', i);
        if (end < 0) fail('unterminated <?...?>');
        i = end + 2;
      } else if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else return;
    }
  };
  const nameAt = () => {
    const m = /^[A-Za-z_][\w:.-]*/.exec(src.slice(i));
    if (!m) fail('expected a name');
    i += m![0].length;
    return m![0];
  };
  const element = (): XmlElement => {
    if (src[i] !== '<') fail("expected '<'");
    i++;
    const name = nameAt();
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = i;
      while (/\s/.test(src[i] ?? '')) i++;
      if (src.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected whitespace between attributes');
      const attr = nameAt();
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      while (/\s/.test(src[i] ?? '')) i++;
      if (src[i] !== '=') fail(`attribute ${attr} has no value`);
      i++;
      while (/\s/.test(src[i] ?? '')) i++;
      const q = src[i];
      if (q !== '"' && q !== "'") fail(`attribute ${attr} is not quoted`);
      const end = src.indexOf(q!, i + 1);
      if (end < 0) fail(`attribute ${attr} is not closed`);
      const raw = src.slice(i + 1, end);
      if (raw.includes('<')) fail(`'<' inside attribute ${attr}`);
      attrs[attr] = decode(raw, `attribute ${attr}`);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= src.length) fail(`<${name}> is never closed`);
      if (src.startsWith('</', i)) {
        i += 2;
        const close = nameAt();
        if (close !== name) fail(`</${close}> closes <${name}>`);
        while (/\s/.test(src[i] ?? '')) i++;
        if (src[i] !== '>') fail("expected '>'");
        i++;
        return { name, attrs, children, text };
      }
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (src[i] === '<') {
        children.push(element());
      } else {
        const end = src.indexOf('<', i);
        const raw = src.slice(i, end < 0 ? src.length : end);
        text += decode(raw, `the text of <${name}>`);
        i += raw.length;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== src.length) fail('content after the root element');
  return root;
}

/** Every element below `root` (depth first, document order) with that tag and, if given, class. */
export function findAll(root: XmlElement, name: string, cls?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name && (cls === undefined || (c.attrs.class ?? '').split(/\s+/).includes(cls))) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** A numeric attribute; throws a readable error when it is absent or not a finite number. */
export function numAttr(e: XmlElement, attr: string): number {
  const raw = e.attrs[attr];
  const v = raw === undefined ? NaN : Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(v)) {
    throw new Error(`<${e.name} class="${e.attrs.class ?? ''}"> needs a finite numeric ${attr}="...", got ${raw === undefined ? 'none' : JSON.stringify(raw)}`);
  }
  return v;
}
