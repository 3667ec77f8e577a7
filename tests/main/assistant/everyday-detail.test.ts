import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';
import { SAMPLE_FAQ_FILE } from './sample-kb.ts';

// A short question says its point in a word or two; the rest is when, who or which ("今年", "明年", "a white
// mug"): everyday words no entry explains, which counted in full against the point of a question too short to
// reach sufficientWeight.
describe('everyday words around a short question’s point', () => {
  const retriever = suiteRetriever(SAMPLE_FAQ_FILE);

  it('answers a short question whose other words are everyday detail', () => {
    expectAnsweredFrom(retriever(), '今年攒的分明年还有吗', 'membership-points');
    expectAnsweredFrom(retriever(), 'got a white mug, I ordered a black one', 'wrong-item');
  });

  // A guard: it passes without the change too, and fails if everyday words are set aside whatever the entry explains.
  it('sets no detail aside when the entry explains only everyday words', () => {
    expectHandedOff(retriever(), 'What is 17 times 23?');
  });
});
