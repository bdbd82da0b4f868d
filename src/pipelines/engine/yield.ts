// Ends the current task and goes on in a new one. On the page this splits long promise chains (receiving
// a model, storing results) into tasks the browser can paint and take input between; in a worker it lets
// a queued message (an abort) land. setTimeout, not scheduler.yield: a yielded continuation is queued
// ahead of other tasks, so a busy worker would never read its abort message.

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
