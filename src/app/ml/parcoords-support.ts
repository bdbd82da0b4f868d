// Whether Plotly's parcoords can draw here: it needs the trace in the bundle, WebGL, and regl's
// shader compiler, which uses Function() and is refused under a CSP without 'unsafe-eval'.
import type { PlotlyApi } from 'plotly.js-dist-min';

let evalOk: boolean | undefined;

function evalAllowed(): boolean {
  if (evalOk === undefined) {
    try {
      evalOk = typeof new Function('return 1') === 'function';
    } catch {
      evalOk = false;
    }
  }
  return evalOk;
}

function webglAvailable(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    return !!document.createElement('canvas').getContext('webgl');
  } catch {
    return false;
  }
}

let supported: boolean | undefined;

export function parcoordsSupported(plotly: PlotlyApi): boolean {
  if (supported === undefined) {
    const schema = (plotly as unknown as { PlotSchema?: { get(): { traces?: Record<string, unknown> } } }).PlotSchema;
    let registered = false;
    try {
      registered = !!schema?.get().traces?.parcoords;
    } catch {
      registered = false;
    }
    supported = registered && evalAllowed() && webglAvailable();
  }
  return supported;
}
