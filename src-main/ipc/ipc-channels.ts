/** The only two Electron IPC channels: every API call goes through one, every event through the other. */
export const IPC_INVOKE = 'api:invoke';
export const IPC_EVENT = 'api:event';
