// Bundled in place of node:net and node:child_process in dist/server.js and dist/cli.js (see esbuild.js).
// vscode-languageserver loads both at start-up for transports and module resolution that News Lens never uses
// (it talks over stdio or IPC). Replacing them makes the promise checkable: the server and the CLI cannot open a
// network connection or start a process; any attempt throws.
function forbidden(name: string): never {
  throw new Error(`News Lens does not open network connections or start processes (${name} is not available).`);
}
export const createServer = () => forbidden('net.createServer');
export const createConnection = () => forbidden('net.createConnection');
export const connect = () => forbidden('net.connect');
export const Socket = function Socket() {
  forbidden('net.Socket');
};
export const fork = () => forbidden('child_process.fork');
export const spawn = () => forbidden('child_process.spawn');
export const spawnSync = () => forbidden('child_process.spawnSync');
export const exec = () => forbidden('child_process.exec');
export const execSync = () => forbidden('child_process.execSync');
export const execFile = () => forbidden('child_process.execFile');
export const execFileSync = () => forbidden('child_process.execFileSync');
