/**
 * Text for a polite live region. Saying the same words twice in a row would not be re-read by
 * screen readers, so every other message carries an invisible trailing no-break space.
 */
export class Announcer {
  message = $state('');
  #count = 0;

  say(text: string): void {
    this.#count += 1;
    this.message = this.#count % 2 === 0 ? `${text}\u00a0` : text;
  }

  clear(): void {
    this.message = '';
  }
}
