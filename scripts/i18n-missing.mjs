// npm run i18n:missing -- <locale>: what a catalogue lacks compared with English, for
// translators (docs/translating.md). Exits 1 when anything is missing or wrong.
import { spawnSync } from 'node:child_process';

const code = process.argv[2];
if (!code || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) {
  console.error('Usage: npm run i18n:missing -- <locale>   (for example: de, pt-BR, zh-CN)');
  process.exit(2);
}
// The report itself is TypeScript (it shares the check with the tests), run through tsx.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/i18n-missing-report.ts', code],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
