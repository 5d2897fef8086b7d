/**
 * Runs `task` once the next frame is on screen, not merely painted: in a task queued from the
 * animation callbacks of the frame after it. Chrome starts that frame only once the first has been
 * rastered and activated, so the task no longer competes with the raster, the compositor and the
 * browser for the CPU while the change is being shown (on a two-core machine with the CPU slowed,
 * that competition added about 7 ms to a toggle). In a hidden tab, where no frame is coming, soon.
 */
export function afterNextPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task, 0)));
}
