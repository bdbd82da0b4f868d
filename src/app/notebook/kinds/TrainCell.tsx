// A train cell: its spec form and output (first cut: the generic modelling view).
import type { CellOf } from '../../../pipelines/notebook/schema';
import type { KindProps } from '../CellBody';
import { OtherCell } from './OtherCell';

export function TrainCell(props: KindProps<CellOf<'train'>>) {
  return <OtherCell {...props} />;
}
