import { defineCommand } from 'citty';
import { graderWorkspace } from '../catalog/workspace.ts';
import { daemonAllowed, daemonStatuses, stopDaemons } from '../daemon/daemon-client.ts';
import { fail } from './fail.ts';

const minutes = (ms: number) => `${Math.round(ms / 60_000) || ms / 60_000} min`;

const statusCommand = defineCommand({
  meta: { name: 'status', description: 'Whether a grading daemon is running for this workspace, and what it has done.' },
  args: { json: { type: 'boolean', default: false, description: 'Print JSON: { enabled, daemons: [{ pid, ready, served, current, ... }] }.' } },
  async run({ args }) {
    try {
      const daemons = await daemonStatuses(graderWorkspace);
      const enabled = daemonAllowed();
      if (args.json) {
        process.stdout.write(`${JSON.stringify({ enabled, daemons }, null, 2)}\n`);
        return;
      }
      if (!enabled) process.stdout.write('The grading daemon is off here (ROADMAP_DAEMON=off, or CI is set): `pnpm grade` grades in-process.\n');
      if (daemons.length === 0) process.stdout.write('No grading daemon is running for this workspace. The next `pnpm grade` that grades something starts one.\n');
      for (const d of daemons) {
        const state = d.ready ? (d.busy ? 'grading' : 'ready') : 'starting';
        process.stdout.write(`pid ${d.pid}: ${state}, ${d.served} grade(s) served since ${d.startedAt}, exits after ${minutes(d.idleExitMs)} without a grade${d.current ? '' : ' (another grader version: it is being replaced)'}\n`);
      }
    } catch (e) {
      fail(e);
    }
  },
});

const stopCommand = defineCommand({
  meta: { name: 'stop', description: 'Stop the grading daemon of this workspace.' },
  async run() {
    try {
      const pids = await stopDaemons(graderWorkspace);
      process.stdout.write(pids.length ? `Stopped the grading daemon (pid ${pids.join(', ')}).\n` : 'No grading daemon was running.\n');
    } catch (e) {
      fail(e);
    }
  },
});

export const daemonCommand = defineCommand({
  meta: { name: 'daemon', description: 'The background process that keeps `pnpm grade` warm: status, or stop it.' },
  subCommands: { status: statusCommand, stop: stopCommand },
});
