/** One phrase of the rules, compiled: its words in order (a trailing * marks a prefix). */
export interface Term {
  words: { text: string; prefix: boolean }[];
  /** A single word listed in `typoTolerant`: also matches one edit away. */
  fuzzy: boolean;
}
