import { onePositional, noPositionals, parseCommandArgs, parseInteger, requireOption, UsageError } from '../args.ts';
import { commandGroup } from '../command.ts';
import { printJson, withClient } from '../with-app.ts';
import { sourceScore } from '../source-score.ts';
import { terminalLine } from '../terminal-text.ts';
import { cliText } from '../locale.ts';
import { REVIEW_STATUSES, type ReviewStatus } from '../../shared/api/chat.ts';
import type { MessageKey, MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import type { GlobalOptions } from '../args.ts';

/**
 * What an action on a row says it did, in the user's language: `key` for one item, `key`All with how many (`n`) for a
 * row of the same question asked again.
 */
async function sayDone(global: GlobalOptions, key: 'linked' | 'created' | 'dismissed' | 'handedOff' | 'reopened', n: number, params: MessageParams) {
  const t = await cliText(global.locale);
  const message: MessageKey = `review.cli.${key}${n > 1 ? 'All' : ''}`;
  console.log(t(message, { ...params, n }));
}

export const reviewCommand = commandGroup({
  name: 'review',
  usage: `Usage: concierge review <subcommand> [options]

Subcommands:
  list [--status open|linked|created|dismissed|handedOff] [--json]
                     questions waiting for a person (default: open ones), each with the entries
                     closest to it and the share of its words each contains; the same question
                     asked again is one row, which says how many times ("asked 3 times")
  link ID ENTRY_ID [--answer A] [--json]
                     add the question to entry ENTRY_ID as a similar question (the next customer who
                     asks it that way gets that entry); --answer also replaces the entry's answer
  unlink ID [--json]
                     undo a link: the question leaves the entry's similar questions (when the link added
                     it), the answer the link replaced comes back unless it was edited since, and the
                     item is open again
  new ID --answer A [--question Q] [--category C] [--ref R] [--json]
                     create a new entry from the question (or from Q) with answer A
  dismiss ID [--json]
                     close the item without changing the knowledge base
  handoff ID [--json]
                     hand off questions like this one: the question becomes a marked example, and a
                     later question more like it than like any entry goes to a person, however worded
  reopen ID [--json] put a dismissed or handed-off item back in the queue (a handed-off item's
                     example is deleted: questions like it are answered again)

Each action acts on the item's whole row, every open item of its question, and says how many items
it resolved; reopen and unlink put back every item resolved with it.`,

  subcommands: {
    async list(args, leading) {
      const { values, positionals, global } = parseCommandArgs(args, { status: { type: 'string' } }, leading);
      noPositionals(positionals);
      const status = (values.status ?? 'open') as ReviewStatus;
      if (!REVIEW_STATUSES.includes(status)) throw new UsageError(`--status must be one of ${REVIEW_STATUSES.join(', ')}`);
      const { items } = await withClient(global.dataDir, (client) => client.invoke('review:list', { status, limit: 1_000 }));
      if (global.json) return printJson(items);
      const t = await cliText(global.locale);
      for (const item of items) {
        const candidates = item.candidates.map((c) => `#${c.id}${c.ref ? ` ${terminalLine(c.ref)}` : ''} (${sourceScore(c)})`).join(', ');
        const repeats = item.count > 1 ? `  (${t(`review.repeats.${item.origin}`, { n: item.count })})` : '';
        console.log(`${String(item.id).padStart(5)}  ${item.origin.padEnd(11)}  ${terminalLine(item.question)}${repeats}`);
        if (item.reason || candidates) console.log(`       ${item.reason ?? ''}${candidates ? `  closest: ${candidates}` : ''}`);
      }
      const all = items.reduce((sum, item) => sum + item.count, 0);
      console.error(`${items.length} ${status} ${items.length === 1 ? 'row' : 'rows'}${all === items.length ? '' : ` (${all} items)`}`);
    },

    async link(args, leading) {
      const { values, positionals, global } = parseCommandArgs(args, { answer: { type: 'string' } }, leading);
      if (positionals.length !== 2) throw new UsageError('Expected ID and ENTRY_ID');
      const [id, entryId] = positionals.map((text, i) => parseInteger(text, i ? 'ENTRY_ID' : 'ID', 1));
      const result = await withClient(global.dataDir, (client) =>
        client.invoke('review:link', { id, entryId, answer: values.answer }),
      );
      if (global.json) return printJson(result);
      await sayDone(global, 'linked', result.item.count, { id, entry: result.entry.id, question: terminalLine(result.entry.question) });
    },

    async unlink(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const result = await withClient(global.dataDir, (client) => client.invoke('review:unlink', { id }));
      if (global.json) return printJson(result);
      await sayDone(global, 'reopened', result.item.count, { id });
      const t = await cliText(global.locale);
      if (!result.entry) return console.log(t('review.cli.unlinkedEntryGone'));
      const changes = [
        result.questionRemoved && t('review.cli.unlinkedQuestion'),
        result.answer === 'restored' && t('review.cli.unlinkedAnswerRestored'),
        result.answer === 'kept' && t('review.cli.unlinkedAnswerKept'),
      ].filter(Boolean);
      const summary = changes.length ? changes.join(t('review.cli.unlinkedSeparator')) : t('review.cli.unlinkedUnchanged');
      console.log(t('review.cli.unlinkedEntry', { entry: result.entry.id, changes: summary }));
    },

    async new(args, leading) {
      const { values, positionals, global } = parseCommandArgs(
        args,
        { answer: { type: 'string' }, question: { type: 'string' }, category: { type: 'string' }, ref: { type: 'string' } },
        leading,
      );
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const result = await withClient(global.dataDir, (client) =>
        client.invoke('review:new', {
          id,
          answer: requireOption(values.answer, 'answer'),
          question: values.question,
          category: values.category,
          ref: values.ref,
        }),
      );
      if (global.json) return printJson(result);
      await sayDone(global, 'created', result.item.count, { id, entry: result.entry.id });
    },

    async dismiss(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const item = await withClient(global.dataDir, (client) => client.invoke('review:dismiss', { id }));
      if (global.json) return printJson(item);
      await sayDone(global, 'dismissed', item.count, { id: item.id });
    },

    async handoff(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const item = await withClient(global.dataDir, (client) => client.invoke('review:handoff', { id }));
      if (global.json) return printJson(item);
      await sayDone(global, 'handedOff', item.count, { id: item.id });
    },

    async reopen(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const item = await withClient(global.dataDir, (client) => client.invoke('review:reopen', { id }));
      if (global.json) return printJson(item);
      await sayDone(global, 'reopened', item.count, { id: item.id });
    },
  },
});
