/** How far an import has come, for the progress bar. */
export interface ImportProgress {
  /** 0–100; null while the file has not been read and its size is unknown. */
  percent: number | null;
  finished: boolean;
  succeeded: boolean;
}

export function importProgress(job: { status: string; totalRows?: number | null; processedRows: number }): ImportProgress {
  const finished = job.status === 'succeeded' || job.status === 'failed';
  const succeeded = job.status === 'succeeded';
  if (succeeded) return { percent: 100, finished, succeeded };
  if (!job.totalRows) return { percent: finished ? 100 : null, finished, succeeded };
  return { percent: Math.min(100, Math.floor((job.processedRows / job.totalRows) * 100)), finished, succeeded };
}
