// A Rollup plugin for the browser bundles: drops the indentation (and CSS comments) inside Lit
// `html`, `svg` and `css` templates. What the browser renders is unchanged: in HTML and CSS a
// newline followed by spaces and a newline alone are the same whitespace (no element template
// holds <pre> or <textarea>). Line breaks are kept, so line numbers and source maps still hold.
const TAGS = new Set(['html', 'svg', 'css']);

/** @returns {import('rollup').Plugin} */
export function trimTemplates() {
  return {
    name: 'trim-templates',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/u.test(id) || !/\b(?:html|svg|css)\s*`/u.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          let trimmed = raw.replace(/\n[ \t]+/gu, '\n');
          // CSS comments, keeping their line breaks.
          if (node.tag.name === 'css') trimmed = trimmed.replace(/\/\*[^]*?\*\//gu, (comment) => comment.replace(/[^\n]/gu, ''));
          if (node.tag.name === 'css') {
            const lines = trimmed.split('\n').length;
            trimmed = trimmed.replace(/\s*([{};,>])\s*/gu, '$1').replace(/:\s+/gu, ':').replace(/;\}/gu, '}');
            trimmed += '\n'.repeat(lines - trimmed.split('\n').length);
          }
          if (trimmed !== raw) edits.push([quasi.start, quasi.end, trimmed]);
        }
      });
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start) + text;
        at = end;
      }
      // No line moves, so the source map of the previous step still holds.
      return { code: out + code.slice(at), map: null };
    },
  };
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}
