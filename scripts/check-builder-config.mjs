// Validates electron-builder.yml against the schema electron-builder itself ships, so a typo
// in packaging settings fails the tests here instead of on the release machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validate = ajv.compile(schema);
if (!validate(config)) {
  for (const e of validate.errors ?? [])
    console.error(`electron-builder.yml${e.instancePath}: ${e.message}`);
  process.exit(1);
}
const fuses = config.electronFuses ?? {};
if (fuses.runAsNode !== false || fuses.onlyLoadAppFromAsar !== true) {
  console.error(
    'electron-builder.yml: the security fuses must stay set (runAsNode off, asar only).',
  );
  process.exit(1);
}
console.log(
  'electron-builder.yml is valid against electron-builder',
  require('app-builder-lib/package.json').version,
);
