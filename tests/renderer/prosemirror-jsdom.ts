// Layout functions jsdom lacks and ProseMirror calls on clicks and scrolls (the rich-text editor): nothing is laid
// out in jsdom, so every position is "nowhere" and every box is empty.
if (typeof document !== 'undefined') {
  const missing = (owner: object, name: string) =>
    typeof (owner as Record<string, unknown>)[name] !== 'function';
  if (missing(document, 'elementFromPoint')) document.elementFromPoint = () => null;
  if (missing(Range.prototype, 'getClientRects')) {
    Range.prototype.getClientRects = () => Object.assign([] as DOMRect[], { item: () => null });
  }
  if (missing(Range.prototype, 'getBoundingClientRect')) {
    Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
  }
}
export {};
