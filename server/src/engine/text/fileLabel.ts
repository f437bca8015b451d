// How a file is named to a person: its name without the folders, decoded (`003_feb2….txt`, not
// `file:///…/seeds/003_feb2%E2%80%A6.txt`). One definition for findings, the views and the reports.
export function fileLabel(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a `%` that is not an escape: the name as it stands
  }
}
