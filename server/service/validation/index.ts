/** The validation entry points other modules use. */
export { validateDocument, type ValidationOptions } from './validate';
export { DiagnosticCodes, ruleCode, type DiagnosticCode } from './codes';
export { prepareSchemaValidator, requestSchema } from './schemaValidator';
