// A progress bar on the terminal's error stream, drawn only when it is a TTY.

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export function progressBar(
  stream: ProgressStream,
  width = 30,
): (done: number, total: number) => void {
  if (!stream.isTTY) return () => undefined;
  return (done, total) => {
    const ratio = total === 0 ? 1 : done / total;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stream.write(`\r${bar} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
