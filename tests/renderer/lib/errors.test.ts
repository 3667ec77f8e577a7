import { describe, expect, it } from 'vitest';
import { deserializeError, InvalidInputError, NotFoundError, serializeError } from '../../../src-main/shared/errors.ts';
import { formatMessage, type Locale, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { codedText, describeError, errorText, fieldLabel } from '../../../src-renderer/lib/errors.ts';
import { createRouter } from '../../../src-main/app/router.ts';
import type { Handlers } from '../../../src-main/shared/api/index.ts';

const translator = (locale: Locale) => (key: MessageKey, params?: MessageParams) => formatMessage(locale, key, params);

describe('describeError()', () => {
  it('keeps the kind and drops the channel prefix the client adds', () => {
    const received = deserializeError(serializeError(new InvalidInputError('Question is empty')), 'faq:create');
    expect(describeError(received)).toEqual({ kind: 'invalid-input', message: 'Question is empty' });
  });

  it('never shows a stack trace or more than the first line', () => {
    const error = new Error('Boom\n    at Object.<anonymous> (/app/src/x.ts:1:1)');
    expect(describeError(error)).toEqual({ kind: 'internal', message: 'Boom' });
  });

  it('prefers row-level details, with their line numbers', () => {
    const error = new InvalidInputError('Import failed', [
      { line: 3, message: 'question is empty' },
      { line: 9, message: 'answer is too long' },
    ]);
    expect(describeError(error).message).toBe('#3 question is empty; #9 answer is too long');
  });

  it('clips very long messages', () => {
    expect(describeError(new Error('x'.repeat(5_000))).message).toHaveLength(300);
  });

  it('marks a lost connection, so the UI can say it in its own language', () => {
    const lost = deserializeError({ name: 'ConnectionError', message: 'Connection to the Concierge server was lost', kind: 'unavailable' }, 'chat:send');
    expect(describeError(lost)).toMatchObject({ kind: 'unavailable', connection: true });
    const busy = deserializeError({ name: 'UnavailableError', message: 'The model is loading', kind: 'unavailable' }, 'chat:send');
    expect(describeError(busy).connection).toBeUndefined();
  });

  it('describes values that are not errors', () => {
    expect(describeError('offline')).toEqual({ kind: 'internal', message: 'offline' });
  });
});

describe('errorText()', () => {
  const received = (error: Error, call = 'model:pull') => describeError(deserializeError(serializeError(error), call));

  it('says a coded server error in Chinese in the Chinese UI, with its values', () => {
    const error = received(new NotFoundError('Hub repo "acme/helper" was not found (or is private)').withCode('hub.repo-not-found', { repo: 'acme/helper' }));
    expect(errorText(error, translator('zh'))).toBe('在模型库中找不到模型“acme/helper”（或它是私有的）。请检查名称。');
    expect(errorText(error, translator('en'))).toBe('The model “acme/helper” was not found on the hub (or it is private). Check the name.');
  });

  it('shows the server\'s English for a code this UI does not know, and for an error without a code', () => {
    const unknown = received(new InvalidInputError('The flux capacitor is empty').withCode('flux.empty', { level: 0 }));
    expect(errorText(unknown, translator('zh'))).toBe('The flux capacitor is empty');
    expect(errorText(received(new InvalidInputError('Question is empty')), translator('zh'))).toBe('Question is empty');
  });

  it('drops a code whose values are not text or numbers, as sent from a foreign server', () => {
    const forged = deserializeError({ name: 'UnavailableError', message: 'Disk full', kind: 'unavailable', code: 'disk.full', params: { dir: { $: 1 } } } as never, 'x:y');
    expect(describeError(forged).code).toBeUndefined();
    expect(errorText(describeError(forged), translator('zh'))).toBe('Disk full');
  });
});

describe('codedText()', () => {
  it('says a training-data warning in Chinese with its entry and token counts', () => {
    const warning = {
      message: 'Entry 7: answer truncated from 101 to 15 tokens to fit the 20-token context window.',
      code: 'training.answer-truncated',
      params: { id: 7, from: 101, to: 15, context: 20 },
    };
    expect(codedText(warning, translator('zh'))).toBe('条目 7：答案从 101 个词元截短为 15 个，以放入 20 词元的上下文窗口。');
  });
});

describe('coded server messages in Chinese', () => {
  // Each code the server sends, with values as the server sends them: the Chinese UI says it with those values.
  const cases: { code: string; params?: Record<string, string | number>; zh: string }[] = [
    { code: 'import.unknown-format', params: { file: 'faq.xlsx' }, zh: '无法判断“faq.xlsx”的格式。请使用 .json、.jsonl 或 .csv 文件。' },
    { code: 'import.json-top-level-key', params: { name: 'version' }, zh: '顶层出现了意外的键“version”。请把条目写成列表，或写成 {"entries": [...]}。' },
    { code: 'import.json-not-array', zh: '应为条目列表，或 {"entries": [...]}。' },
    { code: 'import.field.required', params: { field: 'question' }, zh: '不能为空' },
    { code: 'import.field.too-long', params: { field: 'answer', length: 20001, max: 20000 }, zh: '有 20,001 个字符，超过上限 20,000' },
    { code: 'import.field.too-many', params: { field: 'tags', max: 50 }, zh: '超过 50 项' },
    { code: 'import.duplicate.ref-existing', params: { id: 12 }, zh: '与条目 #12 的外部编号相同' },
    { code: 'import.duplicate.question-in-file', params: { other: 4 }, zh: '与第 4 行的问题相同' },
    { code: 'import.nothing-imported', params: { line: 3, n: 2 }, zh: '未导入任何内容：共有 2 个问题，第一个在第 3 行。请在文件中修正后重新导入。' },
    { code: 'import.duplicate.ref-in-file-entry', params: { other: 1, otherEntry: 2 }, zh: '与第 1 行第 2 条的外部编号相同' },
    { code: 'import.nothing-imported-entry', params: { line: 1, entry: 4, n: 2 }, zh: '未导入任何内容：共有 2 个问题，第一个在第 1 行第 4 条。请在文件中修正后重新导入。' },
    { code: 'hub.http-status', params: { status: 503, file: 'gpt2/model.safetensors' }, zh: '模型库对 gpt2/model.safetensors 返回了 503。请稍后重试。' },
    { code: 'hub.download-corrupt', params: { file: 'model.safetensors' }, zh: '下载的 model.safetensors 已损坏，已被丢弃。请重新拉取模型。' },
    { code: 'hub.no-weights', params: { repo: 'acme/bert' }, zh: '“acme/bert”没有 model.safetensors；不支持其他权重格式。' },
    { code: 'hub.not-gpt2', params: { repo: 'acme/bert', detail: 'model_type is "bert"' }, zh: '“acme/bert”不是本应用可用的 GPT-2 模型。（详情：model_type is "bert"）' },
    { code: 'hub.already-pulling', params: { repo: 'openai-community/gpt2' }, zh: '“openai-community/gpt2”已在下载中。' },
    { code: 'model.folder.not-a-folder', params: { dir: '/srv/models/x' }, zh: '/srv/models/x 不是文件夹。' },
    { code: 'model.folder.file-missing', params: { dir: '/m', file: 'onnx/model.onnx' }, zh: '/m 不是完整的模型文件夹：缺少 onnx/model.onnx。' },
    { code: 'model.folder.vocab-mismatch', params: { dir: '/m', tokens: 50257, vocab: 50304 }, zh: '/m 中 tokenizer.json 有 50,257 个词元，但 config.json 写的是 50,304。' },
    { code: 'model.folder.bad-weights', params: { file: 'model.safetensors', detail: 'truncated' }, zh: '无法读取 model.safetensors 中的权重。（详情：truncated）' },
    { code: 'model.int8.onnx-only', params: { id: 'xenova-gpt2' }, zh: '模型“xenova-gpt2”是不含权重的仅 ONNX 副本。请连同 model.safetensors 一起导入或拉取，才能制作 int8 副本。' },
    { code: 'model.int8.too-large', params: { gb: '2.1' }, zh: 'int8 副本需要 2.1 GB 权重，超过 ONNX 的 2 GB 上限。' },
    { code: 'model.memory.machine', params: { id: 'gpt2-xl', needed: '13.2 GB', total: '8.0 GB' }, zh: '模型“gpt2-xl”回答问题需要约 13.2 GB 内存，超过这台电脑的总内存（8.0 GB）。请启用较小的模型。' },
    { code: 'model.files-missing', params: { id: 'tiny', files: 'onnx/model.onnx, config.json' }, zh: '模型“tiny”缺少 onnx/model.onnx, config.json。请重新安装该模型，或删除这个版本。' },
    { code: 'model.none-installed', zh: '还没有安装任何模型。请在“模型”页拉取一个，或训练一个。' },
    { code: 'model.worker-failed', params: { detail: 'Cannot find module' }, zh: '模型处理进程意外停止。请重试。（详情：Cannot find module）' },
    { code: 'model.worker-exited', params: { exitCode: 1 }, zh: '模型处理进程意外停止（退出码 1）。请重试。' },
    { code: 'model.worker-gave-up', params: { stops: 3 }, zh: '模型处理进程连续 3 次意外停止，在 Concierge 重新启动前不再启动它。' },
    { code: 'training.failed', params: { detail: 'No training batches' }, zh: '训练失败。（详情：No training batches）' },
    { code: 'training.worker-exited', params: { exitCode: 134 }, zh: '训练进程意外停止（退出码 134）。' },
    { code: 'training.checkpoint-corrupt', zh: '本次训练的检查点已损坏。请重新开始训练。' },
    { code: 'training.nothing-fits', params: { context: 128 }, zh: '没有条目能放入模型 128 词元的上下文窗口。' },
    { code: 'training.kb-empty', zh: '知识库是空的。请先添加或导入常见问题条目再训练。' },
    { code: 'training.busy', params: { id: '20261130T1620-ab12cd' }, zh: '训练 20261130T1620-ab12cd 已在进行中。请取消它或等待它完成。' },
    { code: 'training.needs-disk', params: { needed: '1.2 GB', dir: '/data', free: '0.3 GB' }, zh: '训练此模型需要在 /data 中约 1.2 GB 磁盘空间，但只有 0.3 GB 可用。请在“模型”页删除旧的模型版本后重试。' },
    { code: 'training.out-of-memory', params: { step: 12 }, zh: '训练在第 12 步时内存不足。请关闭其他程序，然后继续训练：它会从上一个检查点接着进行。' },
    { code: 'import.json.expected-comma', params: { close: '}' }, zh: '此处的 JSON 格式不正确：应为“,”或“}”。请检查是否缺少逗号或括号。' },
    { code: 'import.json.unexpected-char', params: { char: 't' }, zh: '此处的 JSON 格式不正确：应为值的位置出现了“t”。' },
    { code: 'import.json.too-deep', params: { max: 1000 }, zh: '此处的 JSON 格式不正确：嵌套超过 1,000 层。' },
    { code: 'input.required', params: { field: 'question' }, zh: '“问题”不能为空。' },
    { code: 'input.absolute-path', params: { field: 'path' }, zh: '“本机上的文件夹”必须是从磁盘根目录开始的完整路径（例如 /home/me/models/gpt2），不能是相对路径。' },
    { code: 'input.too-long', params: { field: 'patch.category', max: 100 }, zh: '“分类”超过了 100 个字符的上限。' },
    { code: 'input.one-of', params: { field: 'lang', values: '"zh", "en"' }, zh: '“语言”必须是以下之一："zh", "en"。' },
    { code: 'input.tag-chars', params: { field: 'tags.2' }, zh: '“标签 3”不能包含“|”或换行。' },
    { code: 'input.unknown-keys', params: { field: 'input', keys: 'extra' }, zh: '“input”含有未知字段：extra。' },
    { code: 'input.invalid', params: { field: 'word' }, zh: '“word”的值无效。' },
    { code: 'model.bad-id', params: { id: '../etc' }, zh: '“../etc”不是模型编号（只能包含小写字母、数字和连字符）。' },
    { code: 'model.file-corrupt', params: { file: 'model.safetensors' }, zh: 'model.safetensors 已损坏：其中没有模型文件所需的 JSON 数据。请重新获取该模型（重新导入或下载）。' },
    { code: 'settings.thresholds-order', params: { generate: 0.9, faq: 0.8 }, zh: '转人工的置信度（90%）不能高于直接使用 FAQ 答案的置信度（80%）。' },
    { code: 'settings.bad-pattern', params: { pattern: '(open' }, zh: '屏蔽规则 /(open/ 不是有效的正则表达式。' },
    { code: 'settings.pattern-too-long', params: { pattern: 'aaa', max: 200 }, zh: '屏蔽规则 /aaa/ 超过 200 个字符。请拆成几条较短的规则。' },
    { code: 'settings.pattern-backreference', params: { pattern: '(.)\\1', max: 200 }, zh: '屏蔽规则 /(.)\\1/ 引用了前面的分组（\\1、\\k<name>），检查时可能耗时数分钟。请直接写出要匹配的文字。' },
    { code: 'settings.pattern-nested-quantifier', params: { pattern: '(a+)+$', max: 200 }, zh: '屏蔽规则 /(a+)+$/ 重复的分组里又含有重复（如 (a+)+），检查时可能耗时数分钟。请只保留一层重复。' },
    { code: 'settings.pattern-ambiguous-alternation', params: { pattern: '(x|x)*y', max: 200 }, zh: '屏蔽规则 /(x|x)*y/ 重复的分组里有可以用同一字符开头的选项（如 (a|ab)*），检查时可能耗时数分钟。请让各选项以不同字符开头。' },
    { code: 'settings.pattern-adjacent-quantifiers', params: { pattern: '.*.*x', max: 200 }, zh: '屏蔽规则 /.*.*x/ 有两处重复可以连续匹配相同的字符（如 .*.*），检查时可能耗时数分钟。请只保留其中一处。' },
    { code: 'settings.pattern-many-choices', params: { pattern: 'a?a?a?a?a?a?a?a?a?a?x', max: 200 }, zh: '屏蔽规则 /a?a?a?a?a?a?a?a?a?a?x/ 有许多处可以用两种方式匹配同一段文字（如 a?a?a?a? 或 (a|ab)(a|ab)(a|ab)），检查时可能耗时数分钟。请减少可以重叠的可选部分和选项。' },
    { code: 'file.not-found', params: { file: '/home/ana/old.db' }, zh: '文件 /home/ana/old.db 不存在。' },
    { code: 'backup.newer', params: { file: 'concierge-20261130T101500Z-manual.db' }, zh: 'concierge-20261130T101500Z-manual.db 由更新版本的 Concierge 创建。请先更新 Concierge 再恢复它。' },
    { code: 'review.missing', params: { id: 999 }, zh: '待审项 #999 不存在。' },
    { code: 'review.already-resolved', params: { id: 12, status: 'handedOff' }, zh: '待审项 #12 已经处理过了：“类似问题转人工”。' },
    { code: 'review.wrong-status', params: { id: 12, status: 'linked', from: 'dismissed' }, zh: '待审项 #12 无法放回待审：它的状态是“已关联”，不是“已忽略”。' },
    { code: 'review.rated-again', params: { id: 12, openId: 40 }, zh: '待审项 #12 无法放回待审：它的回答之后又被标记为有误，已作为待审项 #40 等待审核。' },
    { code: 'startup.no-token', zh: '这个地址缺少访问令牌。请打开“concierge serve”输出的地址，它以 ?token=… 结尾。' },
  ];

  for (const { code, params, zh } of cases) {
    it(`says ${code} in Chinese with its values`, () => {
      const error = new InvalidInputError('the server\'s English').withCode(code, params);
      const received = describeError(deserializeError(serializeError(error), 'x:y'));
      expect(errorText(received, translator('zh'))).toBe(zh);
    });
  }

  it('says every input.* code the server can send, in both languages', () => {
    // Every code issueCode() makes has words in the UI; none falls back to the English.
    const codes = ['required', 'text', 'boolean', 'list', 'number', 'whole-number', 'object', 'type', 'too-short', 'too-long', 'too-few', 'too-many',
      'at-least', 'above', 'at-most', 'below', 'one-of', 'format', 'unknown-keys', 'tag-chars', 'model-id', 'absolute-path', 'invalid'];
    for (const code of codes) {
      const error = describeError(new InvalidInputError('English').withCode(`input.${code}`, { field: 'f', min: 1, max: 2, expected: 'x', values: 'a', keys: 'k' }));
      for (const locale of ['zh', 'en'] as const) expect(errorText(error, translator(locale)), `${locale} input.${code}`).toMatch(/“f”/);
    }
  });

  it('says a payload refused at the API boundary in Chinese, and keeps the English for the CLI', async () => {
    const router = createRouter(new Proxy({} as Handlers, { get: () => async () => ({}) }));
    const refused = await router.call('faq:bulk-update', { ids: [1], patch: { category: 'c'.repeat(101) } }).catch((e: Error) => e);
    const received = deserializeError(serializeError(refused), 'faq:bulk-update');
    expect(received.message).toMatch(/^faq:bulk-update: Invalid input for faq:bulk-update: patch.category: is 101 characters long; the limit is 100/);
    expect(errorText(describeError(received), translator('zh'))).toBe('“分类”超过了 100 个字符的上限。');
    expect(errorText(describeError(received), translator('en'))).toBe('“Category” is longer than the limit of 100 characters.');
  });

  it('keeps the server\'s English for a code of the same family this UI does not know', () => {
    const error = describeError(deserializeError(serializeError(new InvalidInputError('Something new').withCode('import.field.shiny', { field: 'x' })), 'x:y'));
    expect(errorText(error, translator('zh'))).toBe('Something new');
  });

  it('says a review item\'s status by the label the review queue gives it, and one it has no label for as sent', () => {
    const said = (locale: Locale, code: string, params: Record<string, string | number>) =>
      errorText(describeError(new InvalidInputError('English').withCode(code, params)), translator(locale));
    expect(said('en', 'review.wrong-status', { id: 12, status: 'open', from: 'dismissed' })).toBe(
      'Review item #12 cannot go back to the queue: it is “Waiting for review”, not “Dismissed”.',
    );
    expect(said('en', 'review.already-resolved', { id: 12, status: 'created' })).toBe('Review item #12 has already been handled: “Made into entries”.');
    expect(said('zh', 'review.already-resolved', { id: 12, status: 'archived' })).toBe('待审项 #12 已经处理过了：“archived”。');
    expect(said('zh', 'review.already-resolved', { id: 12, status: 'constructor' })).toBe('待审项 #12 已经处理过了：“constructor”。');
  });
});

describe('fieldLabel()', () => {
  const label = (locale: Locale, path: string) => fieldLabel(path, translator(locale));

  it('names a field the UI shows by the name its screen gives it, in both languages', () => {
    const cases: [path: string, en: string, zh: string][] = [
      ['question', 'Question', '问题'],
      ['answer', 'Answer', '答案'],
      ['patch.category', 'Category', '分类'],
      ['tags', 'Tags', '标签'],
      ['paraphrases', 'Similar questions', '相似问法'],
      ['title', 'Conversation title', '对话标题'],
      ['repo', 'Model name', '模型名称'],
      ['temperature', 'Draft creativity (temperature)', '草稿的随机性（温度）'],
      ['inference', 'Threads for answering', '回答使用的线程数'],
      ['learningRate', 'Learning rate', '学习率'],
    ];
    for (const [path, en, zh] of cases) {
      expect(label('en', path), path).toBe(en);
      expect(label('zh', path), path).toBe(zh);
    }
  });

  it('numbers an item of a list from 1, as the screen does', () => {
    expect(label('en', 'tags.2')).toBe('Tag 3');
    expect(label('zh', 'tags.2')).toBe('标签 3');
    expect(label('en', 'paraphrases.0')).toBe('Similar question 1');
    expect(label('zh', 'paraphrases.0')).toBe('相似问法 1');
    expect(label('zh', 'blockedWords.11')).toBe('屏蔽词 12');
  });

  it('keeps a path the UI has no name for as the server wrote it', () => {
    for (const path of ['input', 'ids.3', 'patch.shiny', 'question.extra', 'constructor', '__proto__']) {
      expect(label('zh', path), path).toBe(path);
      expect(label('en', path), path).toBe(path);
    }
  });

  it('says the field by its name in a refusal, and an unknown one by its path', () => {
    const refusal = describeError(new InvalidInputError('English').withCode('input.too-many', { field: 'paraphrases', max: 50 }));
    expect(errorText(refusal, translator('zh'))).toBe('“相似问法”超过了 50 项的上限。');
    expect(errorText(refusal, translator('en'))).toBe('“Similar questions” has more than the limit of 50 items.');
    const unknown = describeError(new InvalidInputError('English').withCode('input.too-long', { field: 'ids.0.note', max: 5 }));
    expect(errorText(unknown, translator('zh'))).toBe('“ids.0.note”超过了 5 个字符的上限。');
  });
});
