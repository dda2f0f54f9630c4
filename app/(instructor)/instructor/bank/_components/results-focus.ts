// After "Apply filters" the results replace the page's content without a page load, so nothing tells a screen-reader
// user it happened: the filter form asks for focus here, and the results heading (which names the count) takes it.
let isFocusRequested = false;

export function requestResultsFocus() {
  isFocusRequested = true;
}

export function takeResultsFocusRequest(): boolean {
  const requested = isFocusRequested;
  isFocusRequested = false;
  return requested;
}
