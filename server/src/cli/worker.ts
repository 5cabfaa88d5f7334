/** A worker thread of `support-tone check`: checks the files it is given with its own engine. */
import { FileChecker } from './checkFiles';
import { toChecked, type Batch, type Checked } from './runner';

const checker = new FileChecker();

/** Checks a batch of files (batches keep the cost of passing messages small next to the work). */
export default function checkInWorker(batch: Batch): Checked[] {
  return batch.tasks.map((task) => toChecked(checker.check(task), batch.serialized));
}
