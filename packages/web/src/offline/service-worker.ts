/**
 * Registers the service worker (precached app shell, last plan and today's session for offline reading)
 * and clears its cached API reads when the runner signs out, so the next person on the phone sees none.
 */
export const API_CACHE = 'speedwork-api';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No offline copy this time; the app works online as before.
    });
  });
}

export async function forgetOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(API_CACHE);
}
