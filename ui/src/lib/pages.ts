// Where "Back" leads from the pages opened on top of the course map or a lesson (glossary,
// teachers' notes, summary): a short stack of the screens below, each with the control to refocus.

export interface ReturnPoint<S extends string> {
  screen: S;
  /** data-testid of the control that opened the page, to give focus back to it. */
  focus: string | null;
}

/** The stack after going from `from` to the page `to`. */
export function pushReturn<S extends string>(stack: readonly ReturnPoint<S>[], from: ReturnPoint<S>, to: S): ReturnPoint<S>[] {
  // The same page again (other content): Back still leads where it led.
  if (from.screen === to) return [...stack];
  // A page already further down: going there is going back, so no loop builds up.
  const below = stack.findIndex((r) => r.screen === to);
  if (below >= 0) return stack.slice(0, below);
  return [...stack, from];
}
