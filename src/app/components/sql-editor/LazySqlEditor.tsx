// The SQL editor loaded on demand: CodeMirror is a third of the app's JavaScript, so the first paint
// shows the SQL as plain text and the editor replaces it a moment later.
import { lazy, Suspense, type ComponentProps } from 'react';
import type { SqlEditor as Editor } from './SqlEditor';

const SqlEditorChunk = lazy(() => import('./SqlEditor').then((m) => ({ default: m.SqlEditor })));

export function LazySqlEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={<pre className="bt-sql-placeholder" aria-label={props.label}>{props.value}</pre>}>
      <SqlEditorChunk {...props} />
    </Suspense>
  );
}
