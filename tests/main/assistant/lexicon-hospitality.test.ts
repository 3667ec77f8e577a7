import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// The hotel FAQ fixture (half its entries Chinese, half English) in a real SQLite KB: questions in the other
// language than their entry, in words the entry does not use, so only the hospitality concepts can match them.
describe('hospitality lexicon on the hotel FAQ', () => {
  const hotel = suiteRetriever(new URL('../../fixtures/faq-hotel.json', import.meta.url));

  it.each([
    // Chinese questions, English entries.
    ['房间里能上网吗', 'wifi'],
    ['前台能帮忙保管首饰吗', 'in-room-safe'],
    ['有没有会议厅可以办培训', 'meeting-rooms'],
    ['能借辆单车骑一下吗', 'bike-rental'],
    // English questions, Chinese entries.
    ['Can the kids sleep in a cot in our room?', 'children-extra-bed'],
    ['Is there a shuttle from the airport?', 'airport-shuttle'],
    ['Could we have a late check-out?', 'late-checkout'],
    ['Are pets welcome? We travel with a small cat.', 'pets'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(hotel(), question, ref));

  // Travel questions a hotel does not answer, though they name its airport and cancellation concepts.
  it.each(['我的航班取消了怎么办', 'Which airline flies to Hangzhou?'])('still hands off %s', (question) => expectHandedOff(hotel(), question),);
});

// A co-working space's members ask about printing, the line's speed and a tour in their own words: 免费打 and 打多少张
// for its monthly prints, 多少兆 for the fibre's speed, a "walkthrough" for its free tour.
describe('hospitality and services lexicons on a co-working FAQ', () => {
  const cowork = suiteRetriever(new URL('../../fixtures/faq-blind21-cowork.json', import.meta.url));

  it.each([
    ['每个月能免费打多少张', 'zh-network-print'],
    ['WiFi多少兆的', 'zh-network-print'],
    ['what times can I come for a walkthrough', 'trial'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(cowork(), question, ref));

  // "networking" stems to network: events for meeting people met the WiFi entry.
  it('hands off networking events, and still answers the network for video calls', () => {
    expectHandedOff(cowork(), 'do you host networking events for members?');
    expectAnsweredFrom(cowork(), 'is the network fast enough for video calls?', 'wifi-printing');
  });
});
