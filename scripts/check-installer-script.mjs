// Checks Unsit's additions to the Windows installer (build/installer.nsh) without Windows:
// compiles them into a small stand-in installer with makensis, the way electron-builder includes
// them, and, where Wine is installed, runs it to see what it does to the registry and to a
// shortcut. Skips, saying why, where makensis (Debian: apt-get install nsis) or Wine is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

const builder = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
const include = resolve(builder.nsis?.include ?? 'build/installer.nsh');
const appId = builder.appId;

const has = (command) => spawnSync(command, ['-VERSION'], { stdio: 'ignore' }).error === undefined;
if (!has('makensis')) {
  console.log('installer script check skipped: makensis is not installed (apt-get install nsis)');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'unsit-nsis-'));
const exe = join(work, 'harness.exe');
// What electron-builder defines before it includes the file: APP_ID, $newStartMenuLink and
// ${isUpdated} (true when an update runs the old uninstaller with --updated).
const harness = `Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
Name "Unsit installer additions"
OutFile "${exe}"
!include LogicLib.nsh
!include FileFunc.nsh
!define APP_ID "${appId}"
Var newStartMenuLink
Var updated
!macro _isUpdated _a _b _t _f
  StrCmp $updated "1" \`\${_t}\` \`\${_f}\`
!macroend
!define isUpdated \`"" isUpdated ""\`
!include "${include}"
Section
  \${GetParameters} $R0
  StrCpy $updated 0
  ClearErrors
  \${GetOptions} $R0 "--updated" $R1
  \${IfNot} \${Errors}
    StrCpy $updated 1
  \${EndIf}
  ClearErrors
  \${GetOptions} $R0 "--link=" $newStartMenuLink
  ClearErrors
  \${GetOptions} $R0 "--uninstall" $R1
  \${If} \${Errors}
    ; As electron-builder does before customInstall: the shortcut, without the activator.
    CreateShortCut "$newStartMenuLink" "$EXEPATH"
    !insertmacro customInstall
  \${Else}
    !insertmacro customUnInstall
  \${EndIf}
SectionEnd
`;
writeFileSync(join(work, 'harness.nsi'), harness);
const compiled = spawnSync('makensis', ['-V2', '-WX', join(work, 'harness.nsi')], {
  encoding: 'utf8',
});
if (compiled.status !== 0) {
  console.error(compiled.stdout, compiled.stderr);
  console.error('installer script check: build/installer.nsh does not compile');
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

// Debian's wine64 package installs the binary outside PATH.
const wine = ['wine64', 'wine', '/usr/lib/wine/wine64'].find((command) => {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
});
if (!wine) {
  console.log(
    'installer script check: build/installer.nsh compiles; not run (Wine is not installed)',
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// A private Wine prefix: the "registry" and "Start menu" of a throwaway Windows user.
const env = { ...process.env, WINEPREFIX: join(work, 'prefix'), WINEDEBUG: '-all' };
const runWine = (...args) =>
  spawnSync(wine, args, { env, encoding: 'utf8', timeout: 120_000, cwd: work });
const reg = (...args) => runWine('reg', ...args);
const RUN = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run';
const APPROVED =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run';
const clsid = /UNSIT_TOAST_ACTIVATOR_CLSID "([^"]+)"/.exec(readFileSync(include, 'utf8'))?.[1];
const CLASS = `HKCU\\Software\\Classes\\CLSID\\${clsid}`;

function seedLoginEntries() {
  reg('add', RUN, '/v', appId, '/t', 'REG_SZ', '/d', 'C:\\Unsit\\Unsit.exe --hidden', '/f');
  reg('add', RUN, '/v', 'SomeoneElse', '/t', 'REG_SZ', '/d', 'C:\\Other\\other.exe', '/f');
  reg('add', APPROVED, '/v', appId, '/t', 'REG_BINARY', '/d', '030000000000000000000000', '/f');
  reg('add', `${CLASS}\\LocalServer32`, '/ve', '/d', 'C:\\Unsit\\Unsit.exe', '/f');
}
const present = (key, value) => reg('query', key, ...(value ? ['/v', value] : [])).status === 0;
const snapshot = () => ({
  login: present(RUN, appId),
  approved: present(APPROVED, appId),
  activator: present(CLASS),
  others: present(RUN, 'SomeoneElse'),
});

const problems = [];
runWine('wineboot', '--init');
seedLoginEntries();
runWine(exe, '--uninstall', '--updated');
const afterUpdate = snapshot();
if (!afterUpdate.login || !afterUpdate.approved || !afterUpdate.activator) {
  problems.push(`an update removed what the user chose: ${JSON.stringify(afterUpdate)}`);
}
runWine(exe, '--uninstall');
const afterUninstall = snapshot();
if (afterUninstall.login || afterUninstall.approved || afterUninstall.activator) {
  problems.push(`uninstalling left entries behind: ${JSON.stringify(afterUninstall)}`);
}
if (!afterUninstall.others) problems.push("uninstalling removed another program's login entry");

// The install step on the Start-menu shortcut: it must run through and leave the shortcut in
// place. (Wine's shell-link property store is a stub, so whether the activator was stamped can
// only be seen on Windows.)
const link = join(env.WINEPREFIX, 'drive_c', 'users', 'Public', 'Unsit.lnk');
const install = runWine(exe, '--link=C:\\users\\Public\\Unsit.lnk');
if (install.status !== 0) problems.push(`the install step failed (status ${install.status})`);
if (!existsSync(link)) problems.push('the install step lost the Start-menu shortcut');

rmSync(work, { recursive: true, force: true });
if (problems.length > 0) {
  for (const problem of problems) console.error(`installer script check: ${problem}`);
  process.exit(1);
}
console.log(
  'installer script check: compiles; under Wine an uninstall removes the login entry and the toast activator, an update keeps them',
);
