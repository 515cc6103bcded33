import cluster, { type Worker } from 'node:cluster';
import { type CliIo, EXIT } from '#cli/command';

/**
 * `counterpart serve` with SERVER_PROCESSES above one (ADR 019): this process forks that many
 * workers, each a whole server with its own database connections and background-job worker, sharing
 * PORT through Node's cluster module. It prints `banner` once all of them listen, replaces a worker
 * that dies, and on SIGINT or SIGTERM passes SIGTERM on so each drains as a single server does,
 * returning once they have all exited. A worker that fails before it ever listened (the port is
 * taken, the database unreachable) stops the whole server: another would fail the same way.
 */
export function superviseWorkers(count: number, io: CliIo, banner: string): Promise<number> {
  return new Promise((resolve) => {
    const listened = new Set<number>();
    let stopping = false;
    let code: number = EXIT.ok;

    const alive = (): Worker[] => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    const stop = (exitCode: number, reason: string | undefined) => {
      if (stopping) return;
      stopping = true;
      code = exitCode;
      if (reason) io.out(`\n${reason}: finishing requests and background jobs in progress, then stopping.`);
      for (const worker of alive()) worker.process.kill('SIGTERM');
      if (alive().length === 0) resolve(code);
    };

    cluster.on('listening', (worker) => {
      if (listened.has(worker.id)) return;
      listened.add(worker.id);
      if (listened.size === count) io.out(banner);
    });
    cluster.on('exit', (worker, exitCode, signal) => {
      if (stopping) {
        if (exitCode !== 0 && exitCode !== null) code = EXIT.failure;
        if (alive().length === 0) resolve(code);
        return;
      }
      if (!listened.has(worker.id)) {
        io.err(`A server process could not start (exit code ${exitCode ?? signal}); stopping.`);
        stop(EXIT.failure, undefined);
        return;
      }
      io.err(
        `A server process stopped unexpectedly (${signal ?? `exit code ${exitCode}`}); starting another.`,
      );
      cluster.fork();
    });
    process.once('SIGINT', () => stop(EXIT.ok, 'SIGINT'));
    process.once('SIGTERM', () => stop(EXIT.ok, 'SIGTERM'));
    for (let i = 0; i < count; i++) cluster.fork();
  });
}
