// SQL cell editor: CodeMirror 6 with the DuckDB dialect and completion of earlier cells' tables
// and columns. Shift+Enter runs, Ctrl/Cmd+S saves; the document is owned by the parent (value).
import { useEffect, useRef } from 'react';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, placeholder as placeholderExt } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { sql } from '@codemirror/lang-sql';
import { DuckDBDialect } from './duckdb-dialect';
import { editorHighlighting, editorTheme } from './editor-theme';

export interface SqlEditorProps {
  value: string;
  onChange?(text: string): void;
  onRun?(): void;
  onSave?(): void;
  /** Table name → column names, for completion (e.g. earlier cells' outputs). */
  schema?: Record<string, string[]>;
  readOnly?: boolean;
  /** Accessible name, e.g. the cell id. */
  label?: string;
  placeholder?: string;
}

function languageFor(schema: Record<string, string[]> | undefined): Extension {
  return sql({ dialect: DuckDBDialect, schema: schema ?? {}, upperCaseKeywords: true });
}

function editable(readOnly: boolean | undefined): Extension {
  return [EditorState.readOnly.of(!!readOnly), EditorView.editable.of(!readOnly)];
}

export function SqlEditor({ value, onChange, onRun, onSave, schema, readOnly, label, placeholder }: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun, onSave });
  callbacks.current = { onChange, onRun, onSave };
  const compartments = useRef({ language: new Compartment(), editable: new Compartment(), label: new Compartment() });

  useEffect(() => {
    if (!host.current) return;
    const c = compartments.current;
    const runKeys = keymap.of([
      { key: 'Shift-Enter', preventDefault: true, run: () => (callbacks.current.onRun ? (callbacks.current.onRun(), true) : false) },
      { key: 'Mod-Enter', preventDefault: true, run: () => (callbacks.current.onRun ? (callbacks.current.onRun(), true) : false) },
      { key: 'Mod-s', preventDefault: true, run: () => (callbacks.current.onSave?.(), true) },
    ]);
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          runKeys,
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ activateOnTyping: true, icons: false }),
          keymap.of([...closeBracketsKeymap, ...completionKeymap, ...historyKeymap, indentWithTab, ...defaultKeymap]),
          EditorView.lineWrapping,
          editorTheme,
          editorHighlighting,
          placeholder ? placeholderExt(placeholder) : [],
          c.language.of(languageFor(schema)),
          c.editable.of(editable(readOnly)),
          c.label.of(EditorView.contentAttributes.of({ 'aria-label': label ?? 'SQL', 'aria-multiline': 'true' })),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange?.(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is created once; later prop changes are applied through compartments below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Compared by content: a parent that rebuilds an equal schema object on each render must not
  // reconfigure the language (that would close an open completion list on every keystroke).
  const schemaKey = JSON.stringify(schema ?? {});
  const configuredSchema = useRef(schemaKey);
  useEffect(() => {
    if (configuredSchema.current === schemaKey) return;
    configuredSchema.current = schemaKey;
    view.current?.dispatch({ effects: compartments.current.language.reconfigure(languageFor(JSON.parse(schemaKey) as Record<string, string[]>)) });
  }, [schemaKey]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.editable.reconfigure(editable(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label ?? 'SQL', 'aria-multiline': 'true' })) });
  }, [label]);

  // Text changed by the parent (undo at notebook level, import, another tab): replace the document.
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const current = v.state.doc.toString();
    if (current !== value) v.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  return <div ref={host} className={`bt-sql-editor${readOnly ? ' bt-sql-editor--readonly' : ''}`} />;
}
