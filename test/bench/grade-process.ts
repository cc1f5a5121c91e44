// A benchmark child process: warms up (a short warm-up, or until steady), says ready, then grades its share when told to go.
import { benchGrade, corpusRepeated, warmUntilSteady } from './grade-bench.ts';

const [count = 1000, processes = 2, index = 0] = process.argv.slice(2).map(Number);
const steady = process.argv[5] === 'steady';
const mine = corpusRepeated(count).filter((_, i) => i % processes === index);
if (steady) await warmUntilSteady(mine);
else {
  await benchGrade(mine.slice(0, 150));
  await benchGrade(mine.slice(0, 150));
}
process.send?.('ready');
process.once('message', () => {
  void benchGrade(mine).then(() => {
    process.send?.('done');
    process.disconnect();
  });
});
