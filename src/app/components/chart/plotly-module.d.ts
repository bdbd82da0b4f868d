// The slice of Plotly's API the chart components use (the dist bundle ships no types).
declare module 'plotly.js-cartesian-dist-min' {
  export interface PlotlyApi {
    react(el: HTMLElement, data: object[], layout: object, config: object): Promise<unknown>;
    purge(el: HTMLElement): void;
    Plots: { resize(el: HTMLElement): void | Promise<void> };
  }
  const Plotly: PlotlyApi;
  export default Plotly;
}
