// Checks electron-builder.yml before a release machine finds out: valid against the schema
// electron-builder itself ships, and carrying what each installer needs to install and each
// platform to behave (docs/packaging.md says why each is there). Some checks read
// electron-builder's own templates, so an upgrade that drops what Unsit relies on is noticed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { azureSignOptionNames } from './check-release-workflow.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const builderLib = dirname(require.resolve('app-builder-lib/package.json'));
const schema = JSON.parse(readFileSync(join(builderLib, 'scheme.json'), 'utf8'));
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const template = (path) => readFileSync(join(builderLib, path), 'utf8');

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validate = ajv.compile(schema);
if (!validate(config)) {
  for (const e of validate.errors ?? [])
    console.error(`electron-builder.yml${e.instancePath}: ${e.message}`);
  process.exit(1);
}

const problems = [];
const check = (ok, problem) => {
  if (!ok) problems.push(problem);
};
const targetsOf = (platform) =>
  (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));

// Security fuses, and the fresh ad-hoc signature an unsigned arm64 Mac needs after flipping them.
const fuses = config.electronFuses ?? {};
check(
  fuses.runAsNode === false &&
    fuses.onlyLoadAppFromAsar === true &&
    fuses.enableNodeCliInspectArguments === false &&
    fuses.enableNodeOptionsEnvironmentVariable === false,
  'the security fuses must stay set (no run-as-node, no NODE_OPTIONS, no inspector, asar only)',
);
check(
  fuses.resetAdHocDarwinSignature === true,
  'electronFuses.resetAdHocDarwinSignature must be true, or an unsigned Apple Silicon build will not start',
);
// Updates: the project's own GitHub releases, stable ones only (the update check reads
// releases/latest, which GitHub never points at a prerelease or a draft).
const repoUrl = /github\.com\/([^/]+)\/([^/.]+)/.exec(pkg.repository?.url ?? '');
check(
  config.publish?.provider === 'github' &&
    repoUrl !== null &&
    config.publish.owner === repoUrl[1] &&
    config.publish.repo === repoUrl[2],
  "publish must be the GitHub releases of package.json's repository",
);
check(config.publish?.releaseType === 'release', 'publish.releaseType must be release');

// What gets into app.asar.
const excluded = (config.files ?? []).filter((f) => typeof f === 'string' && f.startsWith('!'));
check(
  excluded.some((f) => /\bmap\b/.test(f) && /\bts\b/.test(f)),
  'files must keep source maps and TypeScript sources of dependencies out of app.asar',
);

// Linux: deb and rpm stop at once without a homepage and a maintainer's e-mail address.
check(/^https:\/\//.test(pkg.homepage ?? ''), 'package.json needs a homepage (https URL)');
const maintainer = config.linux?.maintainer ?? config.deb?.maintainer;
check(
  /.+@.+\..+/.test(pkg.author?.email ?? '') || /<.+@.+>/.test(maintainer ?? ''),
  "package.json needs author.email (the deb's maintainer) or linux.maintainer",
);
for (const target of ['AppImage', 'deb', 'rpm']) {
  check(targetsOf('linux').includes(target), `linux.target must include ${target}`);
}
for (const field of ['synopsis', 'category', 'description']) {
  check(Boolean(config.linux?.[field]), `linux.${field} must be set`);
}
check(
  pkg.desktopName === `${pkg.name}.desktop` && config.linux?.syncDesktopName === true,
  'package.json desktopName and linux.syncDesktopName must name the installed .desktop file',
);
const entry = config.linux?.desktop?.entry ?? {};
check(!('Exec' in entry), 'the desktop entry must not set Exec (electron-builder refuses it)');
check(Boolean(entry.Keywords), 'the desktop entry needs Keywords for the launcher search');

// AppImage: starts on current Ubuntu without turning the sandbox off for everyone.
check(
  !['0.0.0', null, undefined].includes(config.toolsets?.appimage),
  'toolsets.appimage must select the static runtime (the legacy one needs libfuse2)',
);
const execArgs = config.appImage?.executableArgs;
check(
  Array.isArray(execArgs) && !execArgs.includes('--no-sandbox'),
  'appImage.executableArgs must be set without --no-sandbox (the default adds it for everyone)',
);
check(
  /unshare -Ur true[\s\S]*NO_SANDBOX=\(--no-sandbox\)/.test(
    template('out/targets/appimage/appImageUtil.js'),
  ),
  "electron-builder's AppRun no longer adds --no-sandbox only where user namespaces are refused",
);

// deb and rpm: electron-builder's scripts install and remove an AppArmor profile (Ubuntu 24.04).
for (const target of ['deb', 'rpm']) {
  check(
    !config[target]?.afterInstall && !config[target]?.afterRemove,
    `${target} must keep electron-builder's after-install/after-remove scripts (AppArmor profile)`,
  );
}
check(
  /apparmor_parser --replace/.test(template('templates/linux/after-install.tpl')) &&
    /apparmor_parser --remove/.test(template('templates/linux/after-remove.tpl')) &&
    /userns,/.test(template('templates/linux/apparmor-profile.tpl')),
  "electron-builder's deb/rpm scripts no longer install an AppArmor profile allowing user namespaces",
);

// deb and rpm start Electron on a minimal system, and recommend a tray library that exists.
const deb = config.deb ?? {};
for (const need of ['libgtk-3-0', 'libnss3', 'libgbm1', 'libasound2t64 | libasound2'])
  check(deb.depends?.includes(need), `deb.depends must include ${need}`);
check(
  deb.recommends?.includes('libayatana-appindicator3-1') &&
    !deb.recommends.includes('libappindicator3-1'),
  'deb.recommends must name libayatana-appindicator3-1 (libappindicator3-1 is gone from Debian 12)',
);
for (const need of ['gtk3', 'nss', 'mesa-libgbm', 'alsa-lib'])
  check(config.rpm?.depends?.includes(need), `rpm.depends must include ${need}`);

// File names: no spaces (GitHub turns them into dots), and the ones the README tells people to
// download. VERSION stands for the version, as in the README.
const fileName = (template, arch) =>
  template
    .replaceAll('${productName}', pkg.productName)
    .replaceAll('${name}', pkg.name)
    .replaceAll('${version}', 'VERSION')
    .replaceAll('${arch}', arch)
    .replaceAll('${ext}', '');
const readme = readFileSync('README.md', 'utf8');
const installers = [
  [config.appImage?.artifactName, 'x86_64', 'AppImage'],
  [config.deb?.artifactName, 'amd64', 'deb'],
  [config.rpm?.artifactName, 'x86_64', 'rpm'],
  [config.nsis?.artifactName, 'x64', 'exe'],
  [config.mac?.artifactName, 'universal', 'dmg'],
];
for (const [template, arch, ext] of installers) {
  check(typeof template === 'string', `the ${ext} installer needs an artifactName`);
  if (typeof template !== 'string') continue;
  const name = fileName(template, arch) + ext;
  check(!/\s/.test(name), `${name}: installer names must have no spaces`);
  check(readme.includes(name), `README.md must name the ${ext} installer as ${name}`);
}
check(
  config.mac?.minimumSystemVersion === '13.0' && /macOS\*\* 13 or later/.test(readme),
  'macOS 13 is the oldest Electron 44+ runs on: mac.minimumSystemVersion and the README say so',
);
// Azure Trusted Signing is passed on the command line when its secrets exist; written here it
// would make every unsigned build fail.
check(!config.win?.azureSignOptions, 'win.azureSignOptions belongs to the workflow, not the file');
// What the workflow passes must be options this electron-builder knows, and the README must say
// how to set them up, and that without them the installer is built unsigned.
const workflowText = readFileSync('.github/workflows/ci.yml', 'utf8');
const azureNames = azureSignOptionNames(workflowText);
check(azureNames.length > 0, 'the release workflow must offer Azure Trusted Signing');
const signed = {
  ...config,
  win: {
    ...config.win,
    azureSignOptions: Object.fromEntries(azureNames.map((name) => [name, 'set-by-secret'])),
  },
};
check(
  validate(signed),
  `the workflow's win.azureSignOptions (${azureNames.join(', ')}) must be valid for electron-builder`,
);
for (const secret of workflowText.matchAll(/secrets\.(AZURE_\w+)/g)) {
  check(readme.includes(secret[1]), `README.md must explain the ${secret[1]} secret`);
}
check(
  readme.includes('win.azureSignOptions') && /built unsigned/.test(readme),
  'README.md must document win.azureSignOptions and the unsigned build without it',
);

// Windows: per user, no administrator rights, and an uninstaller that cleans up.
check(targetsOf('win').includes('nsis'), 'win.target must include nsis');
check(
  config.nsis?.oneClick === true && config.nsis?.perMachine === false,
  'nsis must install per user without elevation (oneClick: true, perMachine: false)',
);
const include = config.nsis?.include;
check(Boolean(include) && existsSync(include), 'nsis.include must name the installer script');
if (include && existsSync(include)) {
  const nsh = readFileSync(include, 'utf8');
  const unInstall = nsh.slice(nsh.indexOf('!macro customUnInstall'));
  check(
    /DeleteRegValue HKCU "\$\{UNSIT_RUN_KEY\}" "\$\{APP_ID\}"/.test(unInstall) &&
      nsh.includes('!define UNSIT_RUN_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Run"'),
    'the uninstaller must remove the login entry',
  );
  check(
    /!macro customInstall/.test(nsh),
    'the installer must put the toast activator on the shortcut',
  );
}

// macOS: a universal menu-bar app whose reminders can show their buttons.
for (const target of ['dmg', 'zip']) {
  const entryFor = (config.mac?.target ?? []).find((t) => t.target === target);
  check(entryFor?.arch === 'universal', `mac.target must build a universal ${target}`);
}
const info = config.mac?.extendInfo ?? {};
check(info.LSUIElement === true, 'mac.extendInfo.LSUIElement must be true (no Dock icon)');
check(
  info.NSUserNotificationAlertStyle === 'alert',
  'mac.extendInfo.NSUserNotificationAlertStyle must be "alert"',
);
check(
  config.mac?.notarize === true && config.mac?.hardenedRuntime === true,
  'mac must notarise (when APPLE_* variables are set) a hardened-runtime build',
);

if (problems.length > 0) {
  for (const problem of problems) console.error(`electron-builder.yml: ${problem}`);
  process.exit(1);
}
console.log(
  'electron-builder.yml is valid against electron-builder',
  require('app-builder-lib/package.json').version,
  'and has what each installer needs',
);
