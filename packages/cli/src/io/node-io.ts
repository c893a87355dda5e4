/** The real `CliIo`: Node's file system and the process's stderr. */
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, opendir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ImportEntry } from '@speedwork/formats';
import type { CliIo, FileInfo, Terminal } from './cli-io.js';

const CHUNK_BYTES = 64 * 1024;

/** The file system, and `terminal` for progress (see `processTerminal`). */
export function nodeIo(terminal: Terminal): CliIo {
  return {
    async info(path: string): Promise<FileInfo | null> {
      try {
        const found = await stat(path);
        return {
          kind: found.isDirectory() ? 'directory' : found.isFile() ? 'file' : 'other',
          sizeBytes: found.size,
        };
      } catch {
        return null;
      }
    },
    async readFile(path) {
      return new Uint8Array(await readFile(path));
    },
    async readTextIfExists(path) {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
          return null;
        throw error;
      }
    },
    async writeFile(path, bytes) {
      await writeFile(path, bytes);
    },
    async appendFile(path, text) {
      await appendFile(path, text);
    },
    async makeDirectory(path) {
      await mkdir(path, { recursive: true });
    },
    joinPath: (...parts) => join(...parts),
    fileEntry: (path, name, sizeBytes) => fileEntry(path, name, sizeBytes),
    folderEntries: (path) => folderEntries(path),
    terminal,
  };
}

/** The process's stderr as a terminal. */
export function processTerminal(stderr: NodeJS.WriteStream): Terminal {
  return {
    isTTY: stderr.isTTY,
    columns: stderr.columns,
    write: (text) => {
      stderr.write(text);
    },
  };
}

function fileEntry(path: string, name: string, sizeBytes: number): ImportEntry {
  return {
    name,
    sizeBytes,
    chunks: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>,
  };
}

/** Files under `root`, depth first in name order, one directory handle open at a time per level. */
async function* folderEntries(root: string): AsyncGenerator<ImportEntry> {
  async function* walk(directory: string): AsyncGenerator<ImportEntry> {
    const names: { name: string; isDirectory: boolean; isFile: boolean }[] = [];
    for await (const dirent of await opendir(directory)) {
      names.push({ name: dirent.name, isDirectory: dirent.isDirectory(), isFile: dirent.isFile() });
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of names) {
      const path = join(directory, entry.name);
      if (entry.isDirectory) yield* walk(path);
      else if (entry.isFile) {
        const size = (await stat(path)).size;
        yield fileEntry(path, relative(root, path).split(sep).join('/'), size);
      }
    }
  }
  yield* walk(root);
}
