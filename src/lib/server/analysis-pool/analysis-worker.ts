// The analysis worker thread: loads the gazetteer, says it is ready, then answers each
// {id, text, form, facts?} with {id, ok, output} (or {id, ok: false, message} when the analysis throws).
// Bundled on its own by scripts/bundle-cli.mjs (bundleAnalysisWorker) and started by AnalysisPool.
import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { analysedCollection } from '../annotate-article';
import { analysisForms, type AnalysisJob } from './analysis-forms';

const port = parentPort;
if (!port) throw new Error('analysis-worker runs only as a worker thread (see AnalysisPool)');
loadGazetteer();
port.on('message', ({ id, text, form, facts }: AnalysisJob & { id: number }) => {
  try {
    port.postMessage({ id, ok: true, output: analysisForms[form](analysedCollection(text, facts)) });
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.stack : String(error) });
  }
});
port.postMessage({ ready: true });
