/** Svelte action: moves keyboard focus to the element when it appears. */
export function focusOnMount(node: HTMLElement): void {
  queueMicrotask(() => node.focus());
}
