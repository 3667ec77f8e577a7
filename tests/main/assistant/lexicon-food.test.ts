import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// The restaurant FAQ fixture (Chinese and English entries) in a real SQLite KB: diners' questions in words the
// entry does not use (洋酒 for its 白酒/红酒, "doggy bag" for 打包, 预存 for 储值), some in the other language than
// their entry, so only the food concepts can match them.
describe('food lexicon on the restaurant FAQ', () => {
  const restaurant = suiteRetriever(new URL('../../fixtures/faq-restaurant.json', import.meta.url));

  it.each([
    // Chinese questions.
    ['带瓶洋酒过去要另外收钱吗', 'corkage'],
    ['往卡里预存两千块有返吗', 'membership-card'],
    ['菜点多了吃不完，能给个饭盒吗', 'leftover-boxes'],
    ['宝宝吃饭有专门的餐椅吗', 'kids-and-highchairs'],
    // English questions; leftovers, corkage and stored value have only Chinese entries.
    ['Can we get a doggy bag for the leftovers?', 'leftover-boxes'],
    ['Is there a charge if we bring our own bottle of wine?', 'corkage'],
    ['Can I top up a prepaid card and get a bonus?', 'membership-card'],
    ['Can the chef make the Sichuan dishes milder?', 'spice-level'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(restaurant(), question, ref));

  // A restaurant's own topics this FAQ does not cover, though they name food concepts (signature dish, table, smoking).
  it.each(['你们的招牌菜是什么？', '店里可以抽烟吗', 'Are dogs allowed on your terrace?', 'What are the best dishes to try here?'])(
    'still hands off %s',
    (question) => expectHandedOff(restaurant(), question),
  );
});

// A place to change a baby is no children's menu, seat or rule (lexicon-food.ts baby_changing).
describe('baby changing', () => {
  it.each(['any nappy changing in the toilets?', '洗手间有尿布台吗'])('%s is baby changing, not children', (text) => {
    expect(conceptsOf(text)).toContain('baby_changing');
    expect(conceptsOf(text)).not.toContain('children');
  });

  describe('a soft-play centre whose entries are on children', () => {
    const retriever = suiteRetriever([
      faqEntry('ages', 'en', 'What ages is the play area for?', ['Can toddlers play?', 'Do kids need socks?'], 'Children from 1 to 10; grip socks are required.'),
      faqEntry('ages-zh', 'zh', '多大的孩子能玩？', ['小孩要穿袜子吗'], '1到10岁的儿童都可以玩，须穿防滑袜。'),
      faqEntry('hours', 'en', 'When are you open?', ['Opening hours?'], 'Every day from 9 to 7.'),
    ]);

    it.each(['is there a room with a nappy changing table', '有地方给宝宝换尿布吗'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });
  });
});
