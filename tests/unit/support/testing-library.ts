import { configure } from '@testing-library/svelte';

/**
 * `findBy…` and `waitFor` wait up to 10 s (testing-library's default is 1 s): a tool mounted in
 * jsdom loads its view with `import()` and reads its storage first, which takes seconds on a
 * loaded 2-core machine. A timeout is not an assertion: what a test expects to see is the same.
 */
configure({ asyncUtilTimeout: 10_000 });
