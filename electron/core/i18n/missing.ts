import { messageParameters } from './message-format';

export interface MissingReport {
  /** Keys English has and the catalogue lacks. */
  missing: string[];
  /** Keys the catalogue has and English does not (renamed or removed messages). */
  extra: string[];
  /** Messages whose placeholders differ from English's: the code could not fill them. */
  placeholders: { key: string; expected: string[]; found: string[] }[];
}

const parameters = (message: string): string[] | null => {
  try {
    return messageParameters(message);
  } catch {
    return null;
  }
};

/** What a catalogue lacks compared with English (`npm run i18n:missing -- de`, and the tests). */
export function missingMessages(
  source: Readonly<Record<string, string>>,
  catalogue: Readonly<Record<string, string>>,
): MissingReport {
  const missing = Object.keys(source).filter((key) => !Object.hasOwn(catalogue, key));
  const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(source, key));
  const placeholders = Object.keys(source)
    .filter((key) => Object.hasOwn(catalogue, key))
    .flatMap((key) => {
      const expected = parameters(source[key] as string) ?? [];
      const found = parameters(catalogue[key] as string) ?? ['(unreadable message)'];
      return expected.join() === found.join() ? [] : [{ key, expected, found }];
    });
  return { missing, extra, placeholders };
}
