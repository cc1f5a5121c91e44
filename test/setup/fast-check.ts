// Every fast-check property runs from a fixed seed, so a failure seen once is seen again on every run.
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261203 });
