import { maxFileBytes } from '../shared/desktop/desktop-api';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Refuses a file over the bridge's limit before anything reads it into memory. */
export function assertWithinFileLimit(sizeBytes: number): void {
  if (sizeBytes > maxFileBytes) {
    throw new Error(
      `文件过大（${megabytes(sizeBytes)} MB），上限为 ${megabytes(maxFileBytes)} MB。` +
        ` File too large (${megabytes(sizeBytes)} MB); the limit is ${megabytes(maxFileBytes)} MB.`,
    );
  }
}
