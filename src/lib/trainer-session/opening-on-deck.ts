/**
 * A trainer page opened on a deck (`?deck=…`, the lessons' "study this
 * deck" links) shows its first card in place of the deck list. Until the
 * card is there, the page shows only that it is loading: were the deck list
 * shown meanwhile, it would vanish under the reader, and everything below
 * it would move twice. The head marks the document before the first paint
 * (the attribute's CSS is in src/components/trainer/trainer.css); the
 * island takes the mark off once it shows the card, or whatever it shows
 * instead.
 */
export const OPENING_ON_DECK = 'data-trainer-opening';

/** Script expression, true when the page's address names a deck: the one test of the trainer's head scripts. */
export const addressNamesDeck = `new URLSearchParams(location.search).has('deck')`;

/** Inline script for the trainer page's head: marks the document when its address names a deck. */
export const openingOnDeckScript = `if(${addressNamesDeck})document.documentElement.setAttribute('${OPENING_ON_DECK}','')`;
