import { describe, expect, it } from 'vitest';
import { porterStem } from '../../../src-main/search/porter-stemmer.ts';

// Examples from Porter (1980), "An algorithm for suffix stripping", run through the whole algorithm, with
// the outputs of his reference implementation (tartarus.org/martin/PorterStemmer: voc.txt → output.txt).
const REFERENCE: Record<string, string> = {
  caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat',
  feed: 'feed', agreed: 'agre', plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing',
  conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', tanned: 'tan', falling: 'fall',
  hissing: 'hiss', fizzed: 'fizz', failing: 'fail', filing: 'file', happy: 'happi', sky: 'sky',
  relational: 'relat', conditional: 'condit', rational: 'ration', valenci: 'valenc', hesitanci: 'hesit',
  digitizer: 'digit', conformabli: 'conform', radicalli: 'radic', differentli: 'differ', vileli: 'vile',
  analogousli: 'analog', vietnamization: 'vietnam', predication: 'predic', operator: 'oper',
  feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous', formaliti: 'formal',
  sensitiviti: 'sensit', sensibiliti: 'sensibl', triplicate: 'triplic', formative: 'form', formalize: 'formal',
  electriciti: 'electr', electrical: 'electr', hopeful: 'hope', goodness: 'good', revival: 'reviv',
  allowance: 'allow', inference: 'infer', airliner: 'airlin', gyroscopic: 'gyroscop', adjustable: 'adjust',
  defensible: 'defens', irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend',
  adoption: 'adopt', homologou: 'homolog', communism: 'commun', activate: 'activ', angulariti: 'angular',
  homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler', probate: 'probat', rate: 'rate',
  cease: 'ceas', controll: 'control', roll: 'roll', generalizations: 'gener', oscillators: 'oscil',
  // The reference implementation's departures from the paper.
  archaeology: 'archaeolog', possibly: 'possibl',
};

describe('porterStem()', () => {
  it('matches the reference implementation on the paper’s examples', () => {
    const stems = Object.fromEntries(Object.keys(REFERENCE).map((word) => [word, porterStem(word)]));
    expect(stems).toEqual(REFERENCE);
  });

  it('brings inflections of customer-service words to one stem', () => {
    const groups = [
      ['refund', 'refunds', 'refunded', 'refunding'],
      ['ship', 'ships', 'shipped', 'shipping'],
      ['deliveries', 'delivery'],
      ['password', 'passwords'],
      ['cancel', 'cancels', 'cancelled', 'cancelling'],
    ];
    for (const group of groups) expect(new Set(group.map(porterStem)).size).toBe(1);
  });

  it('leaves words of one or two letters alone', () => {
    expect(['a', 'is', 'as', 'us'].map(porterStem)).toEqual(['a', 'is', 'as', 'us']);
  });
});
