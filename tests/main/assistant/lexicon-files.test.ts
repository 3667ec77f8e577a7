import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../src-main/assistant/concept-lexicon.ts';
import { CARE_CONCEPTS } from '../../../src-main/assistant/lexicon-care.ts';
import { EDUCATION_CONCEPTS } from '../../../src-main/assistant/lexicon-education.ts';
import { FOOD_CONCEPTS } from '../../../src-main/assistant/lexicon-food.ts';
import { GENERAL_CONCEPTS } from '../../../src-main/assistant/lexicon-general.ts';
import { HOSPITALITY_CONCEPTS } from '../../../src-main/assistant/lexicon-hospitality.ts';
import { REPAIR_CONCEPTS } from '../../../src-main/assistant/lexicon-repairs.ts';
import { SERVICE_CONCEPTS } from '../../../src-main/assistant/lexicon-services.ts';
import { SITUATION_CONCEPTS } from '../../../src-main/assistant/lexicon-situations.ts';
import { VISIT_CONCEPTS } from '../../../src-main/assistant/lexicon-visits.ts';

// The lexicons of other kinds of business than shops: each concept must meet a question in either language,
// or it cannot match an entry in the other language than the customer's. A concept with no forms at all only
// narrows a shared one (`zhNot`: a group-buy voucher is no bulk order; `enNot`: a credit card is no refund).
const BUSINESS_LEXICONS = {
  hospitality: HOSPITALITY_CONCEPTS,
  services: SERVICE_CONCEPTS,
  care: CARE_CONCEPTS,
  repairs: REPAIR_CONCEPTS,
  education: EDUCATION_CONCEPTS,
  food: FOOD_CONCEPTS,
  visits: VISIT_CONCEPTS,
  general: GENERAL_CONCEPTS,
  situations: SITUATION_CONCEPTS,
};

describe('business lexicons', () => {
  it.each(Object.entries(BUSINESS_LEXICONS))('give every %s concept forms in both languages', (_, lexicon) => {
    const oneSided = Object.entries(lexicon).filter(([, { zh, en, zhNot, enNot }]) =>
      zh.length + en.length === 0 ? !zhNot?.length && !enNot?.length : zh.length === 0 || en.length === 0,
    );
    expect(oneSided.map(([id]) => id)).toEqual([]);
  });

  it('are all merged into the lexicon the analyser reads', () => {
    const merged = new Set(LEXICON.map(([id]) => id));
    for (const lexicon of Object.values(BUSINESS_LEXICONS)) expect(Object.keys(lexicon).filter((id) => !merged.has(id))).toEqual([]);
  });
});
