// An index worker thread (dist/indexWorker.js): reads and analyzes the files the workspace index sends it and
// answers with their symbols. It holds no state between files. A file it cannot read, or one too big or binary, is
// `unreadable` (not indexed, as on the server's thread); a file whose analysis fails answers `null` symbols, and the
// index analyzes it on its own thread.
import { parentPort } from 'node:worker_threads';
import { indexSymbols, readArticleSync } from './indexSymbols';
import type { IndexJob, IndexAnswer } from './indexPool';

parentPort?.on('message', (job: IndexJob) => {
  let answer: IndexAnswer;
  try {
    const text = readArticleSync(job.file, job.maxFileSize);
    answer = text === null ? { id: job.id, symbols: null, unreadable: true } : { id: job.id, symbols: indexSymbols(job.uri, job.languageId, text, job.publicationDate) };
  } catch (err) {
    answer = { id: job.id, symbols: null, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(answer);
});
