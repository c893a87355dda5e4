/**
 * Plays a guided session's cues: a sound for each (Web Audio), the spoken words (Web Speech, in the page's
 * language) and a buzz (Vibration API) where the phone has them, each of them switchable off.
 *
 * Sounds are scheduled ahead on the audio clock, so they start on time even when the page's timers run
 * late (a background tab, a slow phone): the audio hardware plays them, not a timer callback. Words and
 * buzzes cannot be scheduled and go when due. Every cue has a stable id and plays once.
 */
import { guidedCues } from '@speedwork/core';
import type { GuidedCue, GuidedState, GuidedStep } from '@speedwork/core';
import type { CueSettings } from './guided-storage.js';

/** How far ahead sounds are put on the audio clock; a tap that changes the timeline takes them back. */
const AUDIO_AHEAD_MS = 30_000;
/** A cue this late (a tab frozen for a while, a reload) is dropped rather than played out of time. */
const STALE_MS = 1500;
/** More output delay than this is not believed (a clock read across a fake or stalled audio device). */
const MAX_OUTPUT_LAG_S = 0.25;

/**
 * How far the audio clock runs ahead of what the speaker plays: a sound put at `currentTime` is heard this
 * much later (some 40 ms in Chromium on Linux). Read from the context's own output timestamp, else from the
 * latencies it declares.
 */
function outputLagS(audio: AudioContext): number {
  const stamp = typeof audio.getOutputTimestamp === 'function' ? audio.getOutputTimestamp() : undefined;
  if (stamp?.contextTime && stamp.performanceTime) {
    const heardNowS = stamp.contextTime + (performance.now() - stamp.performanceTime) / 1000;
    const lag = audio.currentTime - heardNowS;
    if (lag >= 0 && lag < MAX_OUTPUT_LAG_S) return lag;
  }
  const declared = (audio.baseLatency || 0) + (audio.outputLatency || 0);
  return declared >= 0 && declared < MAX_OUTPUT_LAG_S ? declared : 0;
}

interface Tone {
  hz: number;
  /** Seconds after the cue's time. */
  at: number;
  length: number;
  type: OscillatorType;
}

/** The three sounds are told apart by pitch and rhythm: go is one long high tone, ease off falls, stop is low and triple. */
const SOUNDS: Record<'count' | 'go' | 'ease-off' | 'stop', Tone[]> = {
  count: [{ hz: 660, at: 0, length: 0.12, type: 'sine' }],
  go: [{ hz: 1320, at: 0, length: 0.6, type: 'square' }],
  'ease-off': [
    { hz: 880, at: 0, length: 0.18, type: 'triangle' },
    { hz: 587, at: 0.2, length: 0.3, type: 'triangle' },
  ],
  stop: [
    { hz: 392, at: 0, length: 0.14, type: 'sawtooth' },
    { hz: 392, at: 0.2, length: 0.14, type: 'sawtooth' },
    { hz: 392, at: 0.4, length: 0.3, type: 'sawtooth' },
  ],
};

const BUZZ: Record<GuidedCue['kind'], number[] | undefined> = {
  announce: undefined,
  next: undefined,
  count: [80],
  go: [400],
  'ease-off': [120, 80, 120],
  stop: [150, 80, 150, 80, 150],
};

const SPOKEN: Partial<Record<GuidedCue['kind'], string>> = {
  go: 'Go',
  'ease-off': 'Ease off',
  stop: 'Stop',
};

interface Scheduled {
  cue: GuidedCue;
  nodes: OscillatorNode[];
}

type AudioContextClass = typeof AudioContext;

export class CuePlayer {
  private audio: AudioContext | undefined;
  private readonly done = new Set<string>();
  private readonly scheduled = new Map<string, Scheduled>();
  private settings: CueSettings;

  constructor(settings: CueSettings) {
    this.settings = settings;
  }

  setSettings(settings: CueSettings): void {
    this.settings = settings;
    if (!settings.sound) this.cancelSounds();
    if (!settings.voice) window.speechSynthesis?.cancel();
  }

  /** On the runner's tap (Start, Resume): browsers let a page make sound only after one. */
  unlock(): void {
    const Context = (window.AudioContext ??
      (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as
      AudioContextClass | undefined;
    if (this.audio === undefined && Context !== undefined) {
      try {
        this.audio = new Context({ latencyHint: 'interactive' });
      } catch {
        this.audio = undefined;
      }
    }
    if (this.audio?.state === 'suspended') void this.audio.resume();
  }

  /**
   * Plays what is due and schedules sounds ahead, for the state at `nowMs`. Call it on every tick and
   * after every change of state; after a tap, call `replan` first.
   */
  sync(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): void {
    for (const cue of guidedCues(steps, state, nowMs + AUDIO_AHEAD_MS)) {
      if (this.done.has(cue.id)) continue;
      if (cue.atMs < nowMs - STALE_MS) {
        this.done.add(cue.id);
        continue;
      }
      if (!this.scheduled.has(cue.id) && cue.kind in SOUNDS) this.scheduleSound(cue, nowMs);
      if (cue.atMs > nowMs) continue;
      this.done.add(cue.id);
      this.scheduled.delete(cue.id);
      this.speak(cue.text ?? SPOKEN[cue.kind]);
      const buzz = BUZZ[cue.kind];
      if (this.settings.vibration && buzz !== undefined) navigator.vibrate?.(buzz);
    }
  }

  /** The timeline changed (lap, skip, back, pause): sounds put ahead for the old one are taken back. */
  replan(): void {
    this.cancelSounds();
  }

  /** Words said now, outside the timeline: a lap's time. */
  speak(text: string | undefined): void {
    if (text === undefined || !this.settings.voice || typeof window.speechSynthesis === 'undefined') return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || navigator.language;
    utterance.rate = 1.05;
    window.speechSynthesis.speak(utterance);
  }

  buzz(pattern: number[]): void {
    if (this.settings.vibration) navigator.vibrate?.(pattern);
  }

  close(): void {
    this.cancelSounds();
    window.speechSynthesis?.cancel();
    void this.audio?.close();
    this.audio = undefined;
  }

  private scheduleSound(cue: GuidedCue, nowMs: number): void {
    const audio = this.audio;
    const tones = SOUNDS[cue.kind as keyof typeof SOUNDS];
    if (!this.settings.sound || audio === undefined || audio.state === 'closed') return;
    // Put on the audio clock early by the output's delay, so the sound is heard at the cue's time.
    const waitS = Math.max(0, cue.atMs - nowMs) / 1000;
    const start = Math.max(audio.currentTime, audio.currentTime + waitS - outputLagS(audio));
    const nodes = tones.map((tone) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = tone.type;
      oscillator.frequency.value = tone.hz;
      const from = start + tone.at;
      // A short fade in and out: no click at either end.
      gain.gain.setValueAtTime(0.0001, from);
      gain.gain.exponentialRampToValueAtTime(0.5, from + 0.01);
      gain.gain.setValueAtTime(0.5, from + tone.length - 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, from + tone.length);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(from);
      oscillator.stop(from + tone.length + 0.02);
      return oscillator;
    });
    this.scheduled.set(cue.id, { cue, nodes });
  }

  private cancelSounds(): void {
    for (const [id, entry] of this.scheduled) {
      for (const node of entry.nodes) {
        try {
          node.stop();
        } catch {
          // already stopped
        }
      }
      this.scheduled.delete(id);
    }
  }
}
