/**
 * A small reader and formatter for the ICU MessageFormat subset our catalogues use, so a
 * message file can be handed to any translation tool that knows ICU:
 *
 * - `{name}`: a parameter, as text (a number is formatted for the locale);
 * - `{name, number}`: a number formatted for the locale;
 * - `{name, plural, =0 {…} one {…} other {…}}`: plural forms by `Intl.PluralRules`, with `#`
 *   standing for the number inside a form;
 * - `{name, select, a {…} other {…}}`: a choice by a text parameter;
 * - `'{'` / `'}'` / `''`: a literal brace or apostrophe (ICU's quoting, kept minimal).
 *
 * Pure: it reads only `Intl`, which is part of the language.
 */

export type MessageParams = Readonly<Record<string, string | number>>;

type Part =
  | { type: 'text'; value: string }
  | { type: 'arg'; name: string; format: 'plain' | 'number' }
  | { type: 'pound' }
  | { type: 'plural'; name: string; forms: Record<string, Part[]> }
  | { type: 'select'; name: string; forms: Record<string, Part[]> };

/** A message that is not well-formed; the text says where. */
export class MessageSyntaxError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads a message into parts; throws `MessageSyntaxError` on anything it cannot read. */
export function parseMessage(source: string): Part[] {
  let at = 0;
  const fail = (why: string): never => {
    throw new MessageSyntaxError(`${why} at ${at} in "${source}"`);
  };

  function readParts(inPlural: boolean, nested: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ type: 'text', value: text });
      text = '';
    };
    while (at < source.length) {
      const char = source[at] as string;
      if (char === "'") {
        const next = source[at + 1];
        if (next === "'") {
          text += "'";
          at += 2;
        } else if (next === '{' || next === '}' || (next === '#' && inPlural)) {
          const end = source.indexOf("'", at + 1);
          if (end < 0) fail('unclosed quote');
          text += source.slice(at + 1, end);
          at = end + 1;
        } else {
          text += char;
          at += 1;
        }
      } else if (char === '{') {
        flush();
        parts.push(readArgument());
      } else if (char === '}') {
        if (!nested) fail('unexpected }');
        break;
      } else if (char === '#' && inPlural) {
        flush();
        parts.push({ type: 'pound' });
        at += 1;
      } else {
        text += char;
        at += 1;
      }
    }
    flush();
    return parts;
  }

  function skipSpace() {
    while (at < source.length && /\s/.test(source[at] as string)) at += 1;
  }

  function readWord(): string {
    skipSpace();
    const start = at;
    while (at < source.length && /[^\s{},]/.test(source[at] as string)) at += 1;
    return source.slice(start, at);
  }

  function expect(char: string) {
    skipSpace();
    if (source[at] !== char) fail(`expected ${char}`);
    at += 1;
  }

  function readArgument(): Part {
    at += 1; // {
    const name = readWord();
    if (!NAME.test(name)) fail(`bad parameter name "${name}"`);
    skipSpace();
    if (source[at] === '}') {
      at += 1;
      return { type: 'arg', name, format: 'plain' };
    }
    expect(',');
    const kind = readWord();
    if (kind === 'number') {
      expect('}');
      return { type: 'arg', name, format: 'number' };
    }
    if (kind !== 'plural' && kind !== 'select') return fail(`unknown format "${kind}"`);
    expect(',');
    const forms: Record<string, Part[]> = {};
    for (;;) {
      skipSpace();
      if (source[at] === '}') {
        at += 1;
        break;
      }
      const key = readWord();
      if (!key) fail('expected a form name');
      expect('{');
      forms[key] = readParts(kind === 'plural', true);
      expect('}');
    }
    if (!('other' in forms)) fail(`"${name}" has no "other" form`);
    return { type: kind, name, forms };
  }

  const parts = readParts(false, false);
  if (at < source.length) fail('unexpected }');
  return parts;
}

/** The parameters a message uses, each once, sorted: a translation must use the same ones. */
export function messageParameters(source: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.type === 'arg') names.add(part.name);
      if (part.type === 'plural' || part.type === 'select') {
        names.add(part.name);
        Object.values(part.forms).forEach(walk);
      }
    }
  };
  walk(parseMessage(source));
  return [...names].sort();
}

/** Formats a parsed message; a missing parameter shows as its name in braces, never throws. */
export function formatParts(parts: Part[], params: MessageParams, locale: string): string {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const show = (value: string | number | undefined, name: string): string =>
    value === undefined ? `{${name}}` : typeof value === 'number' ? numbers.format(value) : value;

  const run = (list: Part[], pound: number | null): string =>
    list
      .map((part) => {
        switch (part.type) {
          case 'text':
            return part.value;
          case 'pound':
            return pound === null ? '#' : numbers.format(pound);
          case 'arg':
            return show(params[part.name], part.name);
          case 'plural': {
            const value = Number(params[part.name]);
            const form =
              part.forms[`=${value}`] ?? part.forms[plurals.select(value)] ?? part.forms.other;
            return run(form ?? [], value);
          }
          case 'select': {
            const value = String(params[part.name]);
            return run(part.forms[value] ?? part.forms.other ?? [], pound);
          }
        }
      })
      .join('');
  return run(parts, null);
}

/** Rewrites the text of a message, leaving its syntax and parameters alone (the pseudo-locale). */
export function mapMessageText(source: string, map: (text: string) => string): string {
  const quote = (text: string) =>
    text.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);
  const write = (parts: Part[]): string =>
    parts
      .map((part) => {
        switch (part.type) {
          case 'text':
            return quote(map(part.value));
          case 'pound':
            return '#';
          case 'arg':
            return part.format === 'number' ? `{${part.name}, number}` : `{${part.name}}`;
          case 'plural':
          case 'select':
            return `{${part.name}, ${part.type}, ${Object.entries(part.forms)
              .map(([key, form]) => `${key} {${write(form)}}`)
              .join(' ')}}`;
        }
      })
      .join('');
  return write(parseMessage(source));
}
