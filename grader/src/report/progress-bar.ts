/** `[#####>----] 5/10` in the given width of the bar itself. */
export function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  const bar = filled >= width ? '#'.repeat(width) : `${'#'.repeat(filled)}>${'-'.repeat(Math.max(0, width - filled - 1))}`;
  return `[${bar}] ${done}/${total}`;
}
