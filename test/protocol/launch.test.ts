// The server started as the extension starts it: with the node arguments of server/launch.json (a flag Node no
// longer knows would stop the process before it answers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import launch from '../../server/launch.json';
import { waitFor } from '../helpers/lspClient';
import { startRaw } from '../helpers/rawServer';

test('with the launch arguments, the server starts and analyzes an article', async () => {
  assert.ok(Array.isArray(launch.execArgv) && launch.execArgv.length > 0);
  const server = await startRaw({ nodeArgs: launch.execArgv });
  try {
    assert.ok(server.init.capabilities.hoverProvider, 'initialize answered');
    const uri = 'file:///launch/ferry.news';
    server.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text: 'Ferry fares rise\n\nFares will rise by a third next year.\n' },
    });
    const d = await waitFor(() => server.lastDiagnostics(uri), 'diagnostics');
    assert.ok(d.diagnostics.some((x) => x.code === 'claim.unattributed'), JSON.stringify(d.diagnostics.map((x) => x.code)));
  } finally {
    await server.stop();
  }
});
