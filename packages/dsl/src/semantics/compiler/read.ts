import type { Declaration, Property, PropertyValue } from "../../syntax/ast.js";
import { listedNames } from "../checker/requirements.js";

/** The value of the last `key` property (the last one wins, LON3008 warns). */
export function valueOf(declaration: Declaration, key: string): PropertyValue | undefined {
  const found = declaration.properties.filter((p) => p.key === key);
  return found[found.length - 1]?.value;
}

/** Every `key` property, in order. */
export function propertiesOf(declaration: Declaration, key: string): Property[] {
  return declaration.properties.filter((p) => p.key === key);
}

/** A string property's value. */
export function textOf(declaration: Declaration, key: string): string | undefined {
  const value = valueOf(declaration, key);
  return value?.kind === "String" ? value.value : undefined;
}

/** A name or string property's text. */
export function wordOf(declaration: Declaration, key: string): string | undefined {
  const value = valueOf(declaration, key);
  return value?.kind === "Reference" ? value.name : value?.kind === "String" ? value.value : undefined;
}

/** A number property's value. */
export function numberOf(declaration: Declaration, key: string): number | undefined {
  const value = valueOf(declaration, key);
  return value?.kind === "Number" ? value.value : value?.kind === "Capacity" ? value.amount.value : undefined;
}

/** The names of every `key` property (lists, names and strings). */
export const namesOf = (declaration: Declaration, key: string): string[] => listedNames(declaration, key);

/** Adds `key: value` only when value is defined (exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
