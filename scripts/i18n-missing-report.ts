import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceCatalogue } from '../electron/core/i18n/catalogues';
import { missingMessages } from '../electron/core/i18n/missing';

const code = process.argv[2] as string;
const file = join('electron/core/i18n/messages', `${code}.json`);
const english = sourceCatalogue();

let catalogue: Record<string, string> = {};
if (existsSync(file)) {
  try {
    catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    console.error(`${file} is not valid JSON: ${String(error)}`);
    process.exit(1);
  }
} else {
  console.log(`${file} does not exist yet: every message is missing.`);
}

const { missing, extra, placeholders } = missingMessages(english, catalogue);
const total = Object.keys(english).length;
console.log(`${code}: ${total - missing.length} of ${total} messages translated.`);
if (missing.length > 0) {
  console.log(`\nMissing (${missing.length}), with the English text:`);
  for (const key of missing) console.log(`  ${key}: ${english[key as keyof typeof english]}`);
}
if (placeholders.length > 0) {
  console.log(`\nPlaceholders that differ from English (${placeholders.length}):`);
  for (const { key, expected, found } of placeholders) {
    console.log(
      `  ${key}: English uses {${expected.join('}, {')}}, this file {${found.join('}, {')}}`,
    );
  }
}
if (extra.length > 0) {
  console.log(`\nNot in English any more (${extra.length}): ${extra.join(', ')}`);
}
process.exit(missing.length + placeholders.length + extra.length > 0 ? 1 : 0);
