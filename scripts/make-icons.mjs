// Renders the app and tray icons from the SVG sources below to PNG with Chromium, so the
// icons are made from text the project owns. Run after changing a design:
//   node scripts/make-icons.mjs
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const APP_ICON = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#3fa796"/><stop offset="1" stop-color="#23686b"/>
    </linearGradient>
  </defs>
  <rect x="24" y="24" width="464" height="464" rx="108" fill="url(#bg)"/>
  <circle cx="300" cy="128" r="38" fill="#fdf6e9"/>
  <g fill="none" stroke="#fdf6e9" stroke-width="34" stroke-linecap="round" stroke-linejoin="round">
    <path d="M292 178 L262 286"/>
    <path d="M262 286 L346 322 L360 400"/>
    <path d="M262 286 L196 346 L136 346"/>
    <path d="M284 206 L214 236"/>
    <path d="M284 206 L336 252"/>
  </g>
  <path d="M104 410 H408" stroke="#f2b35b" stroke-width="20" stroke-linecap="round"/>
</svg>`;

// One glyph (a person in a lunge), with a state mark in the corner.
const figure = (color) => `
  <circle cx="7" cy="3.4" r="1.9" fill="${color}"/>
  <g fill="none" stroke="${color}" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round">
    <path d="M6.6 6 L5.4 10.4 L9.2 12 L9.6 15"/><path d="M5.4 10.4 L3 13 L1.2 13"/><path d="M6.4 7.2 L3.4 8.6"/><path d="M6.4 7.2 L9 9"/>
  </g>`;

const MARKS = {
  counting: () => '',
  due: (c) => `<circle cx="13" cy="3.4" r="2.9" fill="${c}"/>`,
  paused: (c) =>
    `<rect x="11.2" y="0.8" width="1.6" height="5.4" rx="0.6" fill="${c}"/><rect x="14" y="0.8" width="1.6" height="5.4" rx="0.6" fill="${c}"/>`,
  off: (c) => `<path d="M15.5 4.8 A3 3 0 1 1 12.2 0.8 A2.3 2.3 0 0 0 15.5 4.8 Z" fill="${c}"/>`,
};

const COLORS = {
  counting: { body: '#2f8f83', mark: '#2f8f83' },
  due: { body: '#2f8f83', mark: '#e07a1f' },
  paused: { body: '#7b8794', mark: '#7b8794' },
  off: { body: '#9aa5b1', mark: '#9aa5b1' },
};

function traySvg(state, template) {
  const body = template ? '#000' : COLORS[state].body;
  const mark = template ? '#000' : COLORS[state].mark;
  const opacity = template && state === 'off' ? ' opacity="0.55"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><g${opacity}>${figure(body)}${MARKS[state](mark)}</g></svg>`;
}

async function render(page, svg, size, path) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await writeFile(path, await page.screenshot({ omitBackground: true }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
await render(page, APP_ICON, 512, 'build/icon.png');
await render(page, APP_ICON, 1024, 'build/icon@2x.png');
for (const state of Object.keys(MARKS)) {
  await render(page, traySvg(state, false), 16, `build/tray/tray-${state}.png`);
  await render(page, traySvg(state, false), 32, `build/tray/tray-${state}@2x.png`);
  await render(page, traySvg(state, true), 16, `build/tray/tray-${state}Template.png`);
  await render(page, traySvg(state, true), 32, `build/tray/tray-${state}Template@2x.png`);
}
await browser.close();
console.log('icons written to build/');
