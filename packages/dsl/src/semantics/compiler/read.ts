import type { Declaration, Property, PropertyValue } from "../../syntax/ast.js";
import { listedNames, pushNames } from "../checker/requirements.js";
import { exact } from "./exact-array.js";

/** The value of the last `key` property (the last one wins, LON3008 warns). */
export function valueOf(declaration: Declaration, key: string): PropertyValue | undefined {
  const properties = declaration.properties;
  for (let i = properties.length - 1; i >= 0; i--) {
    const property = properties[i];
    if (property !== undefined && property.key === key) return property.value;
  }
  return undefined;
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
  return wordValue(valueOf(declaration, key));
}

/** The text of a name or string value. */
export function wordValue(value: PropertyValue | undefined): string | undefined {
  return value?.kind === "Reference" ? value.name : value?.kind === "String" ? value.value : undefined;
}

/** A number property's value. */
export function numberOf(declaration: Declaration, key: string): number | undefined {
  return numberValue(valueOf(declaration, key));
}

/** The number of a number or capacity value. */
export function numberValue(value: PropertyValue | undefined): number | undefined {
  return value?.kind === "Number" ? value.value : value?.kind === "Capacity" ? value.amount.value : undefined;
}

/** The names of every `key` property (lists, names and strings). */
export const namesOf = (declaration: Declaration, key: string): string[] => exact(listedNames(declaration, key));

/** Adds the names a value lists (as {@link namesOf} reads each property) to `into`. */
export { pushNames };

/**
 * A compiled element under construction: its fields are set one by one in its schema's key
 * order (an optional one only when it has a value), so the element comes out in core's
 * normal form without the copies of object spreads.
 */
export type Building<T> = { -readonly [K in keyof T]: T[K] };
