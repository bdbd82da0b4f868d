// Shared test data for the calibration tests: 30 scores from numpy RandomState(1) (randn rounded
// to 0.01) with labels drawn from a logistic of 2·score; scikit-learn 1.2.1 fitted the expected values.
export const F30 = Float64Array.from([1.62, -0.61, -0.53, -1.07, 0.87, -2.3, 1.74, -0.76, 0.32, -0.25, 1.46, -2.06, -0.32, -0.38, 1.13, -1.1, -0.17, -0.88, 0.04, 0.58, -1.1, 1.14, 0.9, 0.5, 0.9, -0.68, -0.12, -0.94, -0.27, 0.53]);
export const Y30 = Float64Array.from([1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1]);
