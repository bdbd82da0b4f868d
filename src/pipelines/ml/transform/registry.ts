// Which implementation serves each op, and the union of their fitted states.

import { balance, type BalanceFitted } from './balance.ts';
import { datetimeFeatures, type DatetimeFeaturesFitted } from './datetime.ts';
import { dropColumns, dropNullColumns, type DropColumnsFitted, type DropNullColumnsFitted } from './drop.ts';
import { impute, type ImputeFitted } from './impute.ts';
import { lags, rolling, type LagsFitted, type RollingFitted } from './lags.ts';
import { oneHot, type OneHotFitted } from './one-hot.ts';
import type { StepOp } from './op.ts';
import { ordinal, type OrdinalFitted } from './ordinal.ts';
import { outliers, type OutliersFitted } from './outliers.ts';
import { pca, type PcaFitted } from './pca.ts';
import { scale, type ScaleFitted } from './scale.ts';
import type { StepOf, TransformOp } from './schema.ts';
import { targetEncode, type TargetEncodeFitted } from './target-encode.ts';

/** Plain JSON (no NaN, no typed arrays): survives JSON.stringify/parse and is stored with the model. */
export type FittedStep =
  | DropNullColumnsFitted
  | ImputeFitted
  | OutliersFitted
  | DatetimeFeaturesFitted
  | OneHotFitted
  | OrdinalFitted
  | TargetEncodeFitted
  | ScaleFitted
  | PcaFitted
  | LagsFitted
  | RollingFitted
  | BalanceFitted
  | DropColumnsFitted;

export type FittedOf<O extends TransformOp> = Extract<FittedStep, { op: O }>;

export const OPS: { [O in TransformOp]: StepOp<StepOf<O>, FittedOf<O>> } = {
  drop_null_columns: dropNullColumns,
  impute,
  outliers,
  datetime_features: datetimeFeatures,
  one_hot: oneHot,
  ordinal,
  target_encode: targetEncode,
  scale,
  pca,
  lags,
  rolling,
  balance,
  drop_columns: dropColumns,
};

export function opFor<O extends TransformOp>(op: O): StepOp<StepOf<O>, FittedOf<O>> {
  return OPS[op];
}
