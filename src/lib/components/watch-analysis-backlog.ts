import { emptyBacklog, finishedAnalyses, keepPolling } from '$lib/dashboard/analysis-backlog';
import { apiRequest } from '$lib/dashboard/api-request';
import { analysisBacklogFrom, type AnalysisBacklog } from '$lib/dashboard/api-responses';

/** How often the backlog is read again while an analysis waits for a worker. */
export const BACKLOG_POLL_MS = 3000;

export interface BacklogWatch {
  /** Reads the backlog now (after the list was reloaded, say), polling again while something is pending. */
  refresh: () => void;
  /** Stops polling for good. */
  stop: () => void;
}

/**
 * Watches GET /api/analyses: reads it once, then every 3 s only while an analysis is pending.
 * `onbacklog` gets every reading; `onfinished` the articles whose analysis ended since the last
 * one (analysed or failed). A reading that fails keeps the last one and, if it was polling,
 * tries again at the next tick.
 */
export function watchAnalysisBacklog({
  onbacklog,
  onfinished
}: {
  onbacklog: (backlog: AnalysisBacklog) => void;
  onfinished: (ids: string[]) => void;
}): BacklogWatch {
  let last = emptyBacklog;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Only the latest reading counts, whatever order the answers arrive in.
  let latest = 0;

  async function read() {
    clearTimeout(timer);
    const reading = ++latest;
    const result = await apiRequest('/api/analyses', analysisBacklogFrom);
    if (stopped || reading !== latest) return;
    if (result.ok) {
      const finished = finishedAnalyses(last, result.value);
      last = result.value;
      onbacklog(last);
      if (finished.length) onfinished(finished);
    }
    if (keepPolling(last)) timer = setTimeout(read, BACKLOG_POLL_MS);
  }

  read();
  return {
    refresh: () => {
      if (!stopped) read();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    }
  };
}
