import { UnavailableError } from '../shared/errors.ts';

/**
 * SQLite says SQLITE_FULL, the file system ENOSPC or EDQUOT: either way the person has to free space. Returns
 * an UnavailableError that says so (`what` completes "Not enough disk space to …"), or `error` unchanged.
 */
export function diskFullError(error: unknown, what: string): unknown {
  const code = (error as { code?: string })?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new UnavailableError(`Not enough disk space to ${what}; free some space and try again (nothing was changed)`);
  }
  return error;
}
