export { addedWords } from './added-words';
export { chineseNumber, readNumber } from './cn-number';
export { factsAgree } from './facts-agree';
export { type KeyFacts, keyFacts } from './key-facts';
export { BANDS, bandKeys, fingerprint, MINHASH_SIZE, minhash } from './minhash';
export { normalize } from './normalize';
export { SAME_NOTICE_OVERLAP, sameNotice } from './same-notice';
export { overlap, shingles } from './shingles';
export { toSimplified } from './to-simplified';
