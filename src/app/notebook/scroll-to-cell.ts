// Scrolls a cell into view. Cells off screen keep an estimated height until they render
// (content-visibility: auto in notebook.css), so the first jump can land short of the target; once the
// cells around it have rendered (two frames later) a second jump puts it where asked. Instant rather
// than smooth: a smooth scroll aims at a target that moves while it travels.
export function scrollToCell(id: string, block: ScrollLogicalPosition = 'start'): void {
  const go = () => document.querySelector(`[data-cell-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block });
  go();
  requestAnimationFrame(() => requestAnimationFrame(go));
}
