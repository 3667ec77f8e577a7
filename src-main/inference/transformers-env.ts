// transformers.js configured for offline use: model folders are read from disk by absolute path, never fetched or cached.
import { env } from '@huggingface/transformers';

env.allowRemoteModels = false;
env.allowLocalModels = true;
env.useFSCache = false;
env.useBrowserCache = false;

export * from '@huggingface/transformers';
