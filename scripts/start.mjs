// `npm start`: serves the examples (after `npm run build`) on http://localhost:8080 (PORT overrides).
import { serveExamples } from './serve-examples.mjs';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const server = await serveExamples({ port, host }).catch((error) => {
  console.error(`Could not listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
console.log(`dbi-kit examples: ${server.url}  (Ctrl-C stops)`);

const stop = async () => {
  await server.close();
  console.log('Stopped.');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
