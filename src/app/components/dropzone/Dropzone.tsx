// Wraps any content as a file drop target (highlighted while files are dragged over) with a
// keyboard-reachable "choose files" button. Only files are accepted; dragged text is ignored.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';

export interface DropzoneProps {
  onFiles(files: File[]): void;
  children?: ReactNode;
  /** e.g. ".csv,.tsv,.parquet,.json,.arrow,.bitacora" */
  accept?: string;
  multiple?: boolean;
  /** Hide the built-in prompt and button (when wrapping a whole page). */
  bare?: boolean;
  disabled?: boolean;
}

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

export function Dropzone({ onFiles, children, accept, multiple = true, bare, disabled }: DropzoneProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  // dragenter/dragleave fire for every child; count them so the highlight does not flicker.
  const depth = useRef(0);
  const [over, setOver] = useState(false);

  const onDragEnter = (e: DragEvent) => {
    if (disabled || !hasFiles(e)) return;
    e.preventDefault();
    depth.current += 1;
    setOver(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (disabled || !hasFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const onDragOver = (e: DragEvent) => {
    if (disabled || !hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (disabled || !hasFiles(e)) return;
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div className={`bt-dropzone${over ? ' bt-dropzone--over' : ''}${bare ? ' bt-dropzone--bare' : ''}`} onDragEnter={onDragEnter} onDragLeave={onDragLeave} onDragOver={onDragOver} onDrop={onDrop} aria-disabled={disabled || undefined}>
      {children}
      {!bare && (
        <div className="bt-dropzone__prompt">
          <span>{over ? t('dropzone.active') : t('dropzone.prompt')}</span>
          <button type="button" className="bt-button" disabled={disabled} onClick={() => input.current?.click()}>
            {t('dropzone.choose')}
          </button>
          <span className="bt-dropzone__formats">{t('dropzone.formats')}</span>
        </div>
      )}
      {over && bare && <div className="bt-dropzone__veil">{t('dropzone.active')}</div>}
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
