// DuckDB as a CodeMirror SQL dialect: PostgreSQL's grammar plus DuckDB's own keywords, types and
// the functions analysts reach for, so highlighting and keyword completion match what runs.
import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

const duckKeywords =
  'qualify pivot unpivot pivot_longer pivot_wider exclude replace columns summarize describe install load attach detach ' +
  'positional asof anti semi sample using_sample reservoir bernoulli system macro materialized recursive ' +
  'struct_pack list map union_by_name filename hive_partitioning try_cast';

const duckTypes =
  'tinyint smallint integer bigint hugeint utinyint usmallint uinteger ubigint uhugeint float double real decimal numeric ' +
  'boolean bool varchar text string blob date time timestamp timestamptz interval uuid json enum list struct map union bit';

const duckBuiltins =
  'read_csv read_csv_auto read_parquet read_json read_json_auto count sum avg min max median mode quantile_cont quantile_disc ' +
  'stddev stddev_samp stddev_pop var_samp var_pop corr covar_pop regr_slope approx_count_distinct approx_quantile ' +
  'list_agg string_agg array_agg first last arg_min arg_max histogram date_trunc date_part datediff strftime strptime ' +
  'epoch make_date make_timestamp now current_date round floor ceil abs ln log log10 exp sqrt pow greatest least coalesce ' +
  'nullif ifnull lower upper trim length substr regexp_matches regexp_replace regexp_extract split_part concat contains ' +
  'starts_with ends_with row_number rank dense_rank ntile lag lead first_value last_value percent_rank cume_dist ' +
  'unnest generate_series range list_value struct_extract isfinite isnan hash md5 random setseed';

export const DuckDBDialect = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${duckKeywords}`,
  types: `${PostgreSQL.spec.types ?? ''} ${duckTypes}`,
  builtin: `${PostgreSQL.spec.builtin ?? ''} ${duckBuiltins}`,
});
