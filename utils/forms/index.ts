/** @module The forms analysis: field kinds, form purposes and the page report. */
export { analyzeFeatures, analyzeForm, analyzePage } from './analyze';
export { extractForm, extractPage, MAX_FIELDS } from './extract';
export { classifyField, kindFromAutocomplete, kindOfText } from './classify';
export { describeContext, describeField, type DescribeContext } from './describe';
export { formPurpose, formSignals, judgePurpose, type FormSignals } from './purpose';
export * from './types';
