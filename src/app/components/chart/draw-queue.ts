// Charts that mount together (an evaluate cell's five plots) would all draw in one task, ~100 ms each
// on a slow laptop; queued here, each draws in a task of its own so the page can paint and take input
// between them. The returned function drops a draw that has not happened yet (unmount, new figure).

const queue: (() => void)[] = [];
let draining = false;

export function drawSoon(draw: () => void): () => void {
  let dropped = false;
  queue.push(() => {
    if (!dropped) draw();
  });
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
  return () => {
    dropped = true;
  };
}

function drain(): void {
  queue.shift()?.();
  if (queue.length > 0) setTimeout(drain, 0);
  else draining = false;
}
