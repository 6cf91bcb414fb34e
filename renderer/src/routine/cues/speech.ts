export interface Speaker {
  say(text: string): void;
  stop(): void;
}

/** Spoken prompts through the system voice; silent where speech synthesis is unavailable. */
export function createSpeaker(synth: SpeechSynthesis | undefined): Speaker {
  return {
    say(text) {
      if (!synth) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = 0.95;
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
    },
  };
}
