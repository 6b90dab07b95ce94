/** IPC channels between our preload and main only; window.desktop does not expose them. */
export const preloadChannels = {
  openDroppedWorkbook: 'desktop-preload:open-dropped-workbook',
} as const;
