import type { StreamedFormatter } from './index';

/** One file's entry in the `files` array. */
function entry(json: string, index: number): string {
  return `${index === 0 ? '' : ','}\n${json}`;
}

/** The `--format json` contract (`JsonReport`), written file by file. */
export const jsonFormatter: StreamedFormatter = {
  begin: () => '{"version":1,"files":[',
  file: (file, index) => entry(JSON.stringify(file), index),
  serializedFile: entry,
  end: ({ configProblems }) => `\n],"configProblems":${JSON.stringify(configProblems)}}\n`,
};
