/**
 * Runs `task` once the next frame has been painted: in a task queued from the frame's animation
 * callbacks. Where no frame is coming (a hidden tab, a DOM without rendering), soon.
 */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}
