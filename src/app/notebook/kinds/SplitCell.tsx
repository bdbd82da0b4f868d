// A split cell: its spec form and output (first cut: the generic modelling view).
import type { CellOf } from '../../../pipelines/notebook/schema';
import type { KindProps } from '../CellBody';
import { OtherCell } from './OtherCell';

export function SplitCell(props: KindProps<CellOf<'split'>>) {
  return <OtherCell {...props} />;
}
