/** The language table: declaration kinds, properties, value shapes and allowed values. */
export { LANGUAGE, PROPERTY_SYNTAX, TABLE_KEYWORDS, allowedValue, declarationSpec, propertyAliases, propertySpec, propertySyntax, takesAtLibrary, type PropertySyntax } from "./table.js";
export { explainKeyword, explainableWords } from "./explain.js";
export { VALUE_SHAPES, SCHEDULE_KINDS, OBLIGATION_KINDS } from "./value-shapes.js";
export type { AllowedValue, Bilingual, DeclarationSpec, KeywordSpelling, PropertySpec, ValueSet, ValueShape, ValueShapeName } from "./shapes.js";
