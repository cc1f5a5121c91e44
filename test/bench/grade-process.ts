// A benchmark child process: warms up, says ready, then grades its share of the repeated corpus when told to go.
import { benchGrade, corpusRepeated } from './grade-bench.ts';

const [count = 1000, processes = 2, index = 0] = process.argv.slice(2).map(Number);
const mine = corpusRepeated(count).filter((_, i) => i % processes === index);
await benchGrade(mine.slice(0, 150));
await benchGrade(mine.slice(0, 150));
process.send?.('ready');
process.once('message', () => {
  void benchGrade(mine).then(() => {
    process.send?.('done');
    process.disconnect();
  });
});
