/**
 * The ceiling of bench/load.ts: a bare Fastify server with one JSON route and no logging, no
 * plugins and no database, run as its own process on PORT like `counterpart serve`. Whatever the
 * machine and the load generator allow this to answer is the most the real server could.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
