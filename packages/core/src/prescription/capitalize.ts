/** A sentence built from parts ("your 5K race on Sat 2 Jan …") starts with a capital. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
