import type { Page } from '@playwright/test';

// Layout checks shared by the pseudo-locale and the translated-locale specs.

/**
 * Elements whose text is cut off: wider or taller than their box while their overflow is
 * hidden, and the page itself wider than the window (no sideways scrolling).
 */
export async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || !element.textContent?.trim()) continue;
      // Words for screen readers only are clipped on purpose.
      if (element.closest('.visually-hidden')) continue;
      // Inside a box that scrolls sideways (a wide table, the year calendar), what lies beyond
      // the box's edge is reached by scrolling it: only the box itself must fit the window.
      let scroller = element.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement;
      }
      const insideScroller = scroller !== null && scroller !== document.documentElement;
      const clipsX = style.overflowX !== 'visible' && style.overflowX !== 'auto';
      const clipsY = style.overflowY !== 'visible' && style.overflowY !== 'auto';
      const wide = element.scrollWidth > element.clientWidth + 1;
      const tall = element.scrollHeight > element.clientHeight + 1;
      if ((clipsX && wide) || (clipsY && tall) || style.textOverflow === 'ellipsis') {
        problems.push(`${element.tagName.toLowerCase()}: ${element.textContent.trim()}`);
      }
      // Text running past the right edge of the window.
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1 && !insideScroller) {
        problems.push(`${element.tagName.toLowerCase()} ends at ${Math.round(box.right)}px`);
      }
    }
    return problems;
  });
}
