// Crash recovery for the language client: if the server process dies, restart it, at most `maxRestarts` times in
// `windowMs`, and tell the user once (not on every restart); after that, stop and say how to restart by hand.
// No vscode import here, so it is unit-tested on its own; extension.ts plugs it into LanguageClientOptions.
// The numbers are vscode-languageclient's enums: ErrorAction.Continue = 1, CloseAction.DoNotRestart = 1, Restart = 2.

export interface CrashPolicyOptions {
  maxRestarts?: number;
  windowMs?: number;
  now?: () => number;
  /** Called once, the first time the server dies and is restarted. */
  onRestart: (count: number) => void;
  /** Called once when the server died too often and stays stopped. */
  onGiveUp: (count: number) => void;
  log?: (message: string) => void;
}

export interface CrashHandler {
  error(error: Error, message: unknown, count: number | undefined): { action: 1 | 2; handled?: boolean };
  closed(): { action: 1 | 2; handled?: boolean };
  /** The user restarted the server by hand: forget past crashes. */
  reset(): void;
}

export function crashPolicy(o: CrashPolicyOptions): CrashHandler {
  const max = o.maxRestarts ?? 4;
  const windowMs = o.windowMs ?? 3 * 60_000;
  const now = o.now ?? Date.now;
  let crashes: number[] = [];
  let told = false;
  let gaveUp = false;
  return {
    error(error, _message, count) {
      o.log?.(`News Lens server connection error: ${error?.message ?? String(error)}`);
      // A few transport errors in a row mean the server is gone: shut down and let closed() decide.
      return (count ?? 0) <= 3 ? { action: 1, handled: true } : { action: 2, handled: true };
    },
    closed() {
      const t = now();
      crashes = crashes.filter((c) => t - c < windowMs);
      crashes.push(t);
      if (crashes.length > max) {
        if (!gaveUp) {
          gaveUp = true;
          o.onGiveUp(crashes.length);
        }
        return { action: 1, handled: true };
      }
      o.log?.(`News Lens server stopped unexpectedly; restarting (${crashes.length} of ${max} in ${Math.round(windowMs / 60_000)} min).`);
      if (!told) {
        told = true;
        o.onRestart(crashes.length);
      }
      return { action: 2, handled: true };
    },
    reset() {
      crashes = [];
      gaveUp = false;
    },
  };
}
