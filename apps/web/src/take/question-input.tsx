import { useEffect, useId, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { CodeEditor, type EditorLanguage } from './code-editor';

type Question = Schemas['CandidateQuestionDto'];
type CodeRun = Schemas['CodeRunResultDto'];
type SqlRun = Schemas['SqlRunResultDto'];
/** Told apart by `type`: a code run (visible examples) or a query run (first rows). */
type RunResult = CodeRun | SqlRun;

interface InputProps {
  token: string;
  question: Question;
  value: unknown;
  onChange: (response: unknown) => void;
  /** The id of the prompt, which labels the answer controls. */
  promptId: string;
}

const LANGUAGE_NAMES: Record<string, string> = { javascript: 'JavaScript', typescript: 'TypeScript' };

/** The answer controls of one question, by type. */
export function QuestionInput(props: InputProps) {
  switch (props.question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return <ChoiceInput {...props} />;
    case 'numeric':
      return <NumericInput {...props} />;
    case 'short_text':
      return <TextInput {...props} />;
    case 'code':
      return <CodeInput {...props} />;
    case 'sql':
      return <SqlInput {...props} />;
    default:
      return <EssayInput {...props} />;
  }
}

function ChoiceInput({ question, value, onChange, promptId }: InputProps) {
  const multiple = question.type === 'multiple_choice';
  const selected = new Set<string>(
    multiple
      ? (((value as { optionIds?: string[] } | undefined)?.optionIds ?? []) as string[])
      : [((value as { optionId?: string } | undefined)?.optionId ?? '') as string],
  );
  const name = `q-${question.id}`;
  return (
    <fieldset className="choices" aria-labelledby={promptId}>
      <legend className="visually-hidden">{multiple ? 'Choose all that apply' : 'Choose one answer'}</legend>
      <p className="hint">{multiple ? 'Choose all that apply.' : 'Choose one answer.'}</p>
      {(question.options ?? []).map((o) => (
        <label key={o.id} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={o.id}
            checked={selected.has(o.id)}
            onChange={(e) => {
              if (!multiple) return onChange({ optionId: o.id });
              const next = new Set(selected);
              if (e.target.checked) next.add(o.id);
              else next.delete(o.id);
              const order = (question.options ?? []).map((x) => x.id).filter((id) => next.has(id));
              onChange({ optionIds: order });
            }}
          />
          <span>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

function NumericInput({ question, value, onChange }: InputProps) {
  const id = useId();
  const saved = (value as { value?: number } | undefined)?.value;
  const [text, setText] = useState(saved === undefined ? '' : String(saved));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(saved === undefined ? '' : String(saved));
    // Only when another question is shown, not on every save of this one.
  }, [question.id]);
  return (
    <div className="field">
      <label htmlFor={id}>Your answer (a number)</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const trimmed = e.target.value.trim().replace(',', '.');
          const n = Number(trimmed);
          const ok = trimmed !== '' && Number.isFinite(n);
          setInvalid(trimmed !== '' && !ok);
          if (ok) onChange({ value: n });
        }}
      />
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          Enter a number, like 42 or 3.5.
        </p>
      )}
    </div>
  );
}

function TextInput({ value, onChange }: InputProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Your answer</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={(value as { text?: string } | undefined)?.text ?? ''}
        onChange={(e) => onChange({ text: e.target.value })}
      />
    </div>
  );
}

function EssayInput({ value, onChange }: InputProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Your answer</label>
      <textarea
        id={id}
        rows={10}
        value={(value as { text?: string } | undefined)?.text ?? ''}
        onChange={(e) => onChange({ text: e.target.value })}
      />
    </div>
  );
}

function useRun(token: string, questionId: string) {
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    setResult(null);
    setProblem('');
  }, [questionId]);
  const run = async (response: Record<string, unknown>) => {
    setRunning(true);
    setProblem('');
    try {
      const {
        data,
        error,
        response: http,
      } = await api.POST('/api/v1/take/{token}/answers/{questionId}/run', {
        params: { path: { token, questionId } },
        body: { response },
      });
      if (data) setResult(data);
      else {
        const detail = (error as { detail?: string } | undefined)?.detail;
        setResult(null);
        setProblem(
          http.status === 429
            ? `${detail ?? 'Too many runs.'}`
            : (detail ?? `The run failed (${http.status}). Your answer is still saved.`),
        );
      }
    } catch {
      setProblem('You seem to be offline: the run could not start. Your answer is kept and will be saved.');
    } finally {
      setRunning(false);
    }
  };
  return { result, running, problem, run };
}

function CodeInput({ token, question, value, onChange, promptId }: InputProps) {
  const languages = question.languages?.length ? question.languages : ['javascript'];
  const saved = value as { language?: string; code?: string } | undefined;
  const language = saved?.language && languages.includes(saved.language) ? saved.language : languages[0];
  const code = saved?.code ?? question.starterCode ?? '';
  const selectId = useId();
  const { result, running, problem, run } = useRun(token, question.id);
  return (
    <div className="code-question">
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={selectId}>Language</label>
          <select
            id={selectId}
            value={language}
            onChange={(e) => onChange({ language: e.target.value, code })}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l] ?? l}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={running}
          onClick={() => void run({ language, code })}
        >
          {running ? 'Running…' : 'Run examples'}
        </button>
      </div>
      {question.functionName && (
        <p className="hint" id={`${promptId}-fn`}>
          Define a function named <code>{question.functionName}</code>. Tab moves focus out of the editor.
        </p>
      )}
      <CodeEditor
        value={code}
        language={language as EditorLanguage}
        label="Code editor"
        describedBy={question.functionName ? `${promptId}-fn` : undefined}
        onChange={(next) => onChange({ language, code: next })}
      />
      <div className="run-output" aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {result?.type === 'code' && <CodeRunResult result={result} />}
      </div>
    </div>
  );
}

const STATUS_TEXT: Record<string, string> = {
  passed: 'Passed',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
};

function CodeRunResult({ result }: { result: CodeRun }) {
  if (result.compileError) {
    return (
      <div className="run-result run-fail">
        <h3>Does not compile</h3>
        <pre className="code-block">
          {result.compileError.message}
          {result.compileError.line !== null ? ` (line ${result.compileError.line})` : ''}
        </pre>
      </div>
    );
  }
  const tests = result.tests;
  if (result.message && tests.length === 0) {
    return (
      <div className="run-result run-fail">
        <h3>The code did not run</h3>
        <p>{result.message}</p>
      </div>
    );
  }
  const passed = tests.filter((t) => t.status === 'passed').length;
  return (
    <div className={`run-result ${passed === tests.length ? 'run-pass' : 'run-fail'}`}>
      <h3>
        Examples: {passed} of {tests.length} passed
      </h3>
      {tests.length === 0 && <p>This question has no visible examples.</p>}
      <ol className="examples">
        {tests.map((t) => (
          <li key={t.index} className={t.status === 'passed' ? 'example-pass' : 'example-fail'}>
            <p>
              <strong>{STATUS_TEXT[t.status] ?? t.status}</strong> — example {t.index + 1}
            </p>
            {t.input !== undefined && (
              <p>
                Input: <code>{t.input}</code>
              </p>
            )}
            {t.expected !== undefined && (
              <p>
                Expected: <code>{t.expected}</code>
              </p>
            )}
            {t.actual !== undefined && (
              <p>
                Got: <code>{t.actual}</code>
              </p>
            )}
            {t.message && <pre className="code-block">{t.message}</pre>}
            {t.console && (
              <details>
                <summary>Console output</summary>
                <pre className="code-block">{t.console}</pre>
              </details>
            )}
          </li>
        ))}
      </ol>
      <p className="hint">Hidden tests are run when your answers are graded.</p>
    </div>
  );
}

function SqlInput({ token, question, value, onChange, promptId }: InputProps) {
  const query = (value as { query?: string } | undefined)?.query ?? '';
  const { result, running, problem, run } = useRun(token, question.id);
  return (
    <div className="code-question">
      {question.schema && (
        <details className="schema" open>
          <summary>Database schema and data (SQLite)</summary>
          <pre className="code-block" tabIndex={0} aria-label="Schema">
            {question.schema}
          </pre>
        </details>
      )}
      <div className="toolbar">
        <p className="hint" id={`${promptId}-sql`}>
          Write one read-only query. Tab moves focus out of the editor.
        </p>
        <button type="button" className="button" disabled={running} onClick={() => void run({ query })}>
          {running ? 'Running…' : 'Run query'}
        </button>
      </div>
      <CodeEditor
        value={query}
        language="sql"
        label="SQL editor"
        describedBy={`${promptId}-sql`}
        onChange={(next) => onChange({ query: next })}
      />
      <div className="run-output" aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {result?.type === 'sql' && !result.ok && (
          <div className="run-result run-fail">
            <h3>The query did not run</h3>
            <p>{result.message}</p>
          </div>
        )}
        {result?.type === 'sql' && result.ok && (
          <div className="run-result">
            <h3>
              {result.rows.length} row{result.rows.length === 1 ? '' : 's'}
              {result.truncated ? ' (first rows only)' : ''}
            </h3>
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Query result">
              <table className="data">
                <thead>
                  <tr>
                    {result.columns.map((c, i) => (
                      <th scope="col" key={i}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cell === null ? 'NULL' : String(cell)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
