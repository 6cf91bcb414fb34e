// A lint rule: user-visible words are written in the catalogue (electron/core/i18n/messages),
// never as literals in a window's markup or in the main process's code. docs/translating.md.
//
// In Svelte markup it reports any text with a letter in it, and literal values of the attributes
// people read or hear (aria-label, title, placeholder, alt...). In code it reports strings that
// read like a sentence or a label (a capital letter, then more words), except where they cannot
// reach a person: error messages thrown for developers, log lines, message keys, imports, types.

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const LETTER = /\p{L}/u;
/** "Time to stand up", "Settings…": a capitalised word followed by more, or an ellipsis. */
const SENTENCE = /^\s*\p{Lu}\p{Ll}+[\s,:]+\S/u;

const MESSAGE =
  'User-visible text belongs in the catalogue (electron/core/i18n/messages/en.json): use t(key).';

/** Callees whose string arguments are for developers, not for the person using Unsit. */
const DEVELOPER_CALLEES = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'logError',
  'fail',
  // An HTTP answer of the app:// protocol, read by no one.
  'plain',
]);

/** Properties that name things for developers (a busy detector's `source` in diagnostics). */
const DEVELOPER_PROPERTIES = new Set(['source']);

function calleeName(node) {
  const callee = node.callee;
  if (!callee) return null;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') {
    if (callee.object.type === 'Identifier' && callee.object.name === 'console') return 'console';
    return callee.property.name;
  }
  return null;
}

function forDevelopers(node) {
  for (let at = node.parent; at; at = at.parent) {
    if (at.type === 'CallExpression' || at.type === 'NewExpression') {
      // An error class's own message (`super(...)` in a constructor) is for the log.
      if (at.callee.type === 'Super') return true;
      const name = calleeName(at);
      return name === 'console' || name === 't' || DEVELOPER_CALLEES.has(name);
    }
    if (
      at.type === 'ImportDeclaration' ||
      at.type === 'ExportNamedDeclaration' ||
      at.type === 'ExportAllDeclaration' ||
      at.type.startsWith('TS')
    ) {
      return true;
    }
    if (at.type === 'Property' && at.key === node) return true;
    if (at.type === 'Property' && DEVELOPER_PROPERTIES.has(at.key?.name)) return true;
    if (at.type.endsWith('Statement') || at.type.endsWith('Declaration')) return false;
  }
  return false;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible words come from the message catalogue.' },
    schema: [],
  },
  create(context) {
    const check = (node, text) => {
      if (SENTENCE.test(text) && !forDevelopers(node)) context.report({ node, message: MESSAGE });
    };
    return {
      SvelteText(node) {
        const inside = node.parent?.type;
        if (inside === 'SvelteStyleElement' || inside === 'SvelteScriptElement') return;
        if (LETTER.test(node.value)) context.report({ node, message: MESSAGE });
      },
      SvelteAttribute(node) {
        const name = node.key?.name;
        if (typeof name !== 'string' || !READ_ATTRIBUTES.has(name)) return;
        for (const value of node.value ?? []) {
          if (value.type === 'SvelteLiteral' && LETTER.test(value.value)) {
            context.report({ node: value, message: MESSAGE });
          }
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      TemplateLiteral(node) {
        // Each placeholder stands in as a word, so `Snooze ${n} min` reads as a sentence.
        check(node, node.quasis.map((quasi) => quasi.value.cooked).join('x'));
      },
    };
  },
};
