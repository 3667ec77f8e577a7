import { describe, expect, it } from 'vitest';
import { folderPathProblem } from '../../../src-renderer/state/models/models.svelte.ts';

describe('folderPathProblem()', () => {
  it('accepts full folder paths on Linux, macOS and Windows', () => {
    for (const path of ['/home/me/models/gpt2', '  /srv/m  ', 'C:\\models\\gpt2', 'd:/models', '\\\\server\\share\\gpt2']) {
      expect(folderPathProblem(path)).toBeNull();
    }
  });

  it('asks for a full path instead of a relative one', () => {
    for (const path of ['gpt2', './models/gpt2', '~/models', 'models\\gpt2']) {
      expect(folderPathProblem(path)).toBe('models.import.notAbsolute');
    }
  });

  it('asks for the folder when given a model file inside it', () => {
    expect(folderPathProblem('/home/me/gpt2/model.safetensors')).toBe('models.import.notFolder');
    expect(folderPathProblem('C:\\gpt2\\config.json')).toBe('models.import.notFolder');
  });
});
