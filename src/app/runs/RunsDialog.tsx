// The notebook's runs (train, tune, evaluate, cluster executions), read from IndexedDB when opened.
import { useEffect, useState } from 'react';
import type { RunRecord } from '../../pipelines/governance/run-record';
import { Dialog } from '../components/dialog/Dialog';
import { useT } from '../i18n/I18nProvider';
import { RunsList } from './RunsList';

export function RunsDialog({ open, load, onClose }: { open: boolean; load(): Promise<RunRecord[]>; onClose(): void }) {
  const t = useT();
  const [runs, setRuns] = useState<RunRecord[] | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    setRuns(null);
    load().then((r) => live && setRuns(r), () => live && setRuns([]));
    return () => {
      live = false;
    };
  }, [open, load]);
  return (
    <Dialog open={open} title={t('runs.title')} onClose={onClose} size="large">
      {runs && <RunsList runs={runs} />}
    </Dialog>
  );
}
