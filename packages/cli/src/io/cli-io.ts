/**
 * What commands may do with the world beyond their arguments: files and the terminal. Passed in (as the clock
 * and the version are), so every command runs in tests; `node-io.ts` is the real one.
 */
import type { ImportEntry } from '@speedwork/formats';

export interface FileInfo {
  kind: 'file' | 'directory' | 'other';
  sizeBytes: number;
}

export interface Terminal {
  /** True when stderr is a terminal a progress bar can redraw in place. */
  isTTY: boolean;
  columns: number;
  /** Writes to stderr now, while a command runs (progress, failures as they happen). */
  write(text: string): void;
}

export interface CliIo {
  /** Paths are as the runner typed them, relative to the working directory. */
  info(path: string): Promise<FileInfo | null>;
  readFile(path: string): Promise<Uint8Array>;
  /** The text of a file, or null when there is none. */
  readTextIfExists(path: string): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array | string): Promise<void>;
  appendFile(path: string, text: string): Promise<void>;
  makeDirectory(path: string): Promise<void>;
  joinPath(...parts: string[]): string;
  /** One file as an import entry named `name`, read in chunks. */
  fileEntry(path: string, name: string, sizeBytes: number): ImportEntry;
  /** Every file under a folder, walked lazily, named by its path inside the folder with `/`. */
  folderEntries(path: string): AsyncIterable<ImportEntry>;
  terminal: Terminal;
}

/** Why a file operation failed, in a runner's words: "no such file", "permission denied". */
export function ioProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? (error.message.split('\n')[0] ?? 'cannot be read') : 'cannot be read';
  }
}
