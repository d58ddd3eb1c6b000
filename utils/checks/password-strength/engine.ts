/** @module The zxcvbn-ts instance, built once: its dictionaries are ~1.5 MB, so only the
 * background worker, the demo page and the CLI import this file, never the content script. */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as enDictionary, translations } from '@zxcvbn-ts/language-en';

/** What zxcvbn-ts looks at; longer input is cut before it gets there. Its repeat and l33t
 * matchers grow steeply with length (a 256-character repeated pattern took ~2 s here), and 64
 * characters is NIST's minimum for what verifiers must accept, so a longer password is rated
 * on its first 64 characters: a lower bound, never an overestimate. */
export const ENGINE_MAX_LENGTH = 64;

let engine: ZxcvbnFactory | undefined;

export function getEngine(): ZxcvbnFactory {
  engine ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...enDictionary },
    maxLength: ENGINE_MAX_LENGTH,
  });
  return engine;
}

let blocklist: Set<string> | undefined;

/** zxcvbn-ts's list of ~49,000 leaked passwords, used as NIST's blocklist (exact match). */
export function getBlocklist(): Set<string> {
  blocklist ??= new Set(commonDictionary['passwords-common'].map((p) => p.toLowerCase()));
  return blocklist;
}
