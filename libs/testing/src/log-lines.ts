/**
 * A process's output as text to read: each JSON log line (pino's) as its message, other lines as they are. For
 * tests that look for what a process said, not how the line is framed.
 */
export function logMessages(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{')) return line;
      try {
        const parsed = JSON.parse(line) as { msg?: unknown };
        return typeof parsed.msg === 'string' ? parsed.msg : line;
      } catch {
        return line;
      }
    })
    .join('\n');
}
