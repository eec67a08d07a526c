// Loaded into the MFA server process by `bench-server.mjs --profile-case NAME` (with `--import`):
// SIGUSR2 starts V8's CPU profiler, the next SIGUSR2 stops it and writes the profile to
// `${MFA_BENCH_PROFILE_FILE}.N` (N = 0, 1, …), so the profiles cover exactly the slices of one
// case, not start-up, seeding or the other cases. PGlite runs in this process, so its
// WebAssembly time is in them too. Each step is acknowledged on stderr for the benchmark to wait on.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.MFA_BENCH_PROFILE_FILE;
if (file) {
  const session = new Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  let running = false;
  let written = 0;
  let chain = post('Profiler.enable').then(() =>
    post('Profiler.setSamplingInterval', { interval: 200 }),
  );
  process.on('SIGUSR2', () => {
    chain = chain.then(async () => {
      if (!running) {
        await post('Profiler.start');
        running = true;
        process.stderr.write('bench-profile: started\n');
        return;
      }
      const { profile } = await post('Profiler.stop');
      running = false;
      writeFileSync(`${file}.${written++}`, JSON.stringify(profile));
      process.stderr.write('bench-profile: written\n');
    });
  });
}
