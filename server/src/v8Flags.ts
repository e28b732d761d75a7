// The V8 flags the language server sets on itself as it starts (lsp/memory.ts says why). Shared by the server and by
// its start script (start.ts), which must set them before it compiles the server: V8 accepts a code cache only under
// the flags it was made with.
import { setFlagsFromString } from 'node:v8';

export const SERVER_V8_FLAGS = ['--semi-space-growth-factor=1'];

/**
 * Sets SERVER_V8_FLAGS, or the list in NEWSLENS_V8_FLAGS when that is set (an empty value keeps V8's defaults, to
 * compare in the benchmark). Returns whether the list was overridden. Never throws: V8's defaults work too.
 */
export function applyServerV8Flags(): boolean {
  const env = process.env.NEWSLENS_V8_FLAGS;
  try {
    for (const f of env !== undefined ? env.split(' ').filter(Boolean) : SERVER_V8_FLAGS) setFlagsFromString(f);
  } catch {
    // Not fatal: V8's defaults work too, with more memory.
  }
  return env !== undefined;
}
