// Shared test data for the metric tests: 40 rows from numpy RandomState(0) (labels randint(0, 2),
// scores rand rounded to 0.1); scikit-learn 1.2.1 computed the expected values quoted in the tests.
export const Y40 = Float64Array.from([0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0]);
export const S40 = Float64Array.from([1.0, 0.8, 0.5, 0.8, 0.1, 0.6, 0.1, 0.9, 0.5, 0.4, 0.3, 0.8, 0.5, 0.6, 0.0, 0.6, 0.6, 0.6, 0.9, 0.7, 0.4, 0.4, 0.7, 0.1, 0.7, 0.7, 0.2, 0.1, 0.3, 0.4, 0.6, 0.4, 1.0, 0.1, 0.2, 0.2, 0.7, 0.3, 0.5, 0.2]);
