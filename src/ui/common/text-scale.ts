/** Large type scales the root font size; every size in the stylesheet is in rem, so all of the UI grows. */
export function applyTextScale(largeText: boolean): void {
  document.documentElement.dataset.textSize = largeText ? 'large' : 'normal';
}
