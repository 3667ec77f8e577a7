// The chat domain's channels, apart from its handlers (chat.ts) so that createApp can route them before it loads the
// assistant's modules (see lazyHandlers).

export const CHAT_CHANNELS = [
  'chat:send', 'chat:stop', 'chat:regenerate', 'chat:feedback', 'chat:create', 'chat:conversations',
  'chat:messages', 'chat:rename', 'chat:delete', 'chat:export',
  'review:list', 'review:link', 'review:unlink', 'review:new', 'review:dismiss', 'review:handoff', 'review:reopen',
  'eval:run', 'settings:get', 'settings:set',
] as const;

export type ChatChannel = (typeof CHAT_CHANNELS)[number];
