/** Matching of multi-word phrases on token sequences (lower case, longest first). */
import type { Token } from './text.ts';

/** A compiled phrase set, indexed by first word. */
export interface PhraseSet {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** Compiles lower-case phrases ("ủy ban nhân dân") into a phrase set. */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    // split like the tokenizer does, so "văn hóa, thể thao" holds a "," token
    const words = phrase.toLowerCase().match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
    const first = words[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(words);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

/** Number of tokens of the longest phrase starting at `i`, or 0. The first token must be a word. */
export function matchPhrase(set: PhraseSet, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first?.isWord) return 0;
  const candidates = set.byFirst.get(first.lower);
  if (!candidates) return 0;
  for (const words of candidates) {
    let ok = true;
    for (let k = 1; k < words.length; k += 1) {
      if (tokens[i + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}
