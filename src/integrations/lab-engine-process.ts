/**
 * Started by bundleLabEngineApart (lab-engine-bundle.ts) as a process of
 * its own: bundles the lab's engine, sends the files to the build, and ends.
 */
import { bundleLabEngine } from './lab-engine-bundle.ts';

const files = await bundleLabEngine();
process.send?.(files, () => process.disconnect?.());
