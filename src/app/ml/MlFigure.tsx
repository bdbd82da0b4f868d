// One Plotly figure of an ML output, loaded lazily like the chart cell's, with a caption.
import { PlotlyFrame } from '../components/chart/PlotlyFrame';
import type { PlotlyFigure } from '../components/chart/plotly-figure';

export function MlFigure({ figure, label, height = 260 }: { figure: PlotlyFigure | null; label: string; height?: number }) {
  return <PlotlyFrame figure={figure} label={label} height={height} className="ml-figure" title={<figcaption className="ml-figure-title">{label}</figcaption>} />;
}
