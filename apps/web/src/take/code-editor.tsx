import { useEffect, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { javascript } from '@codemirror/lang-javascript';
import { SQLite, sql } from '@codemirror/lang-sql';

export type EditorLanguage = 'javascript' | 'typescript' | 'sql';

function languageExtension(language: EditorLanguage) {
  if (language === 'sql') return sql({ dialect: SQLite });
  return javascript({ typescript: language === 'typescript' });
}

/**
 * CodeMirror 6. Tab is left to the browser (no indentWithTab), so keyboard users can leave the editor;
 * the content element carries the label and description like any other field.
 */
export function CodeEditor(props: {
  value: string;
  language: EditorLanguage;
  label: string;
  describedBy?: string;
  onChange: (value: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    if (!host.current) return;
    const attributes: Record<string, string> = { 'aria-label': props.label, 'aria-multiline': 'true' };
    if (props.describedBy) attributes['aria-describedby'] = props.describedBy;
    view.current = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: props.value,
        extensions: [
          basicSetup,
          language.current.of(languageExtension(props.language)),
          EditorView.contentAttributes.of(attributes),
          // Wrapped lines and a growing editor: nothing scrolls inside it, so nothing is out of keyboard reach
          // and it reflows at 360 px.
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChange.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    return () => view.current?.destroy();
    // The editor is created once; later prop changes are applied below.
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(languageExtension(props.language)) });
  }, [props.language]);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== props.value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: props.value } });
    }
  }, [props.value]);

  return <div className="code-editor" ref={host} />;
}
