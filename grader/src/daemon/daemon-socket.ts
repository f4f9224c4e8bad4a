import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Exercise } from '../catalog/curriculum.ts';
import type { ExerciseOutcome } from '../run/classify.ts';

/** What `pnpm daemon status` reports about one daemon. */
export interface DaemonStatus {
  pid: number;
  workspace: string;
  version: string;
  /** Warm: a grade sent now is served; before that the client grades in-process. */
  ready: boolean;
  busy: boolean;
  queued: number;
  /** Grades served since it started. */
  served: number;
  startedAt: string;
  /** Milliseconds without a grade after which it exits. */
  idleExitMs: number;
}

export type DaemonRequest =
  | { op: 'status' }
  | { op: 'stop' }
  | { op: 'grade'; version: string; exercises: Exercise[]; testMs?: number };

export type DaemonReply =
  | { ok: true; accepted: true }
  | { ok: true; outcomes: ExerciseOutcome[] }
  | { ok: true; status: DaemonStatus }
  | { ok: true; stopping: number }
  | { ok: false; code: string; message: string };

// Per user too: another user's daemon of the same checkout is not this user's to use.
const workspaceKey = (workspace: string) => createHash('sha256').update(`${process.getuid?.() ?? ''}\0${path.resolve(workspace)}`).digest('hex').slice(0, 12);

// A socket's path must fit in about 107 bytes: where TMPDIR is long, /tmp is used.
const socketDir = () => (Buffer.byteLength(os.tmpdir()) <= 60 ? os.tmpdir() : '/tmp');

/** The socket of the daemon of this workspace and grader version. */
export const socketPath = (workspace: string, version: string) => path.join(socketDir(), `roadmap-${workspaceKey(workspace)}-${version}.sock`);

/** The sockets of this workspace's daemons, whatever their version. */
export function workspaceSockets(workspace: string): string[] {
  const prefix = `roadmap-${workspaceKey(workspace)}-`;
  try {
    return readdirSync(socketDir())
      .filter((f) => f.startsWith(prefix) && f.endsWith('.sock'))
      .map((f) => path.join(socketDir(), f));
  } catch {
    return [];
  }
}

/** Sends one message: a line of JSON. */
export const sendMessage = (conn: Socket, m: DaemonRequest | DaemonReply): void => {
  if (!conn.destroyed) conn.write(`${JSON.stringify(m)}\n`);
};

/** Calls `on` with each message that arrives; anything that is not JSON, or too long, ends the connection. */
export function onMessages(conn: Socket, on: (m: unknown) => void, maxBytes = 64 << 20): void {
  let buffer = '';
  conn.setEncoding('utf8');
  conn.on('data', (chunk: string) => {
    buffer += chunk;
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let m: unknown;
      try {
        m = JSON.parse(line);
      } catch {
        conn.destroy();
        return;
      }
      on(m);
    }
    if (buffer.length > maxBytes) conn.destroy();
  });
}
