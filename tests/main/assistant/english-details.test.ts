import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';

const units = (text: string) => analyze(text, { thesaurus: false }).units;
/** The words of `text` that count as everyday words, or as details (everyday when the KB never uses them). */
const everyday = (text: string) => {
  const analysed = analyze(text, { thesaurus: false });
  return [...analysed.everyday, ...analysed.details].map((unit) => analysed.units[unit]);
};

// Words that say how many, which colour, or who, not what the question is about: counted as topic words, no entry
// could explain them and an in-scope question lost a third of its share for each.
describe('English words that are no topic', () => {
  it('reads a number or a colour as a detail, unless it states a fact', () => {
    expect(everyday('the box only had 3 of the 4 chairs')).toEqual(['w:3', 'w:4']);
    expect(everyday('I ordered a blue jumper but got it in red')).toEqual(['w:blue', 'w:red']);
    // "got a red one" states the fact of a wrong item sent (concept-lexicon.ts)
    expect(everyday('I ordered a blue jumper but got a red one')).toEqual(['w:blue']);
    expect(everyday('we want to move it back two weeks')).toContain('w:two');
    // A group's size is what the question is about.
    expect(everyday('a table for 25 colleagues')).not.toContain('w:25');
    // In Chinese the digits are the question's own ("128乘以36等于多少").
    expect(everyday('128乘以36等于多少')).toEqual([]);
  });

  it('reads pronouns by their form as details, and the "guys" of "you guys" as no word', () => {
    // "away" too, as the particle of a phrasal verb (text-analysis.ts, PARTICLE_WORD).
    expect(everyday('can you put everything away somewhere')).toEqual(['w:awai', 'w:everyth', 'w:somewher']);
    expect(everyday('lenses that go dark by themselves')).toContain('w:themselv');
    expect(units('do u guys work on sundays')).not.toContain('w:gui');
    expect(units('let your guy in')).toContain('w:gui');
  });
});
