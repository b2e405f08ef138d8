import { asProblem } from '../api/client';
import { problemMessages } from '../account/forms';

/** A failed call's message: the problem's detail, or each field's error. */
export function failureText(error: unknown, response: Response): string {
  const p = problemMessages(asProblem(error, response));
  return (
    p.general ??
    Object.entries(p.fields)
      .map(([f, m]) => `${f}: ${m}`)
      .join('; ')
  );
}

/** Saves a Blob as a file through a temporary link (the browser's own download). */
export function download(data: Blob, name: string) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
