/**
 * Grammar, layer 3: the file, imports, horizon, declarations and their properties.
 */
import type { IOrAlt, IToken } from "chevrotain";
import { definiteKeywordLanguage } from "../keyword-language.js";
import type {
  Declaration, DeclarationKind, FileNode, HorizonNode, ImportNode, IndicatorNode, KeywordLanguage, MoneyNode, NeedNode,
  NumberLiteral, ObligationNode, PeriodName, Property, PropertyValue, Reference, StringLiteral,
} from "../ast.js";
import * as T from "../lexer/tokens.js";
import { holidayWordsOf, weekWordOf } from "../ast-builder/week-word.js";
import { isReal, spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { langOf, NO_ITEMS } from "./literal-parser.js";
import { ScheduleParser } from "./schedule-parser.js";
import { startsPartyObligation } from "./party-obligation.js";
import { namesNeedResource } from "./need-resource-name.js";
import { PROPERTY_SYNTAX, type PropertySyntax } from "../../language/table.js";

const k = T.keyword;
type Item = FileNode["items"][number];
type Party = "library" | "partner";
type ResourceKind = NeedNode["resourceKind"];
type NeedClause = { role?: Reference; skill?: Reference; minCapacity?: NumberLiteral; feature?: Reference };

const DECLARATION_TOKENS: readonly [string, DeclarationKind][] = [
  ["Library", "library"], ["Partner", "partner"], ["Room", "room"], ["Vehicle", "vehicle"], ["Staff", "staff"],
  ["Volunteer", "volunteer"], ["Collection", "collection"], ["Budget", "budget"], ["Equipment", "equipment"],
  ["Program", "program"], ["Agreement", "agreement"], ["Rule", "rule"], ["Kpi", "kpi"],
];

const RESOURCE_KIND: Readonly<Record<string, ResourceKind>> = {
  Room: "room", Vehicle: "vehicle", Staff: "staff", Volunteer: "volunteer", Collection: "collection", Equipment: "equipment",
};

/** The full grammar. */
export class DeclarationParser extends ScheduleParser {
  /** Picks the language of keywords inside a value; set by `parse.ts` before each run. */
  valueLangOf: (first: IToken, last: IToken) => KeywordLanguage | undefined = () => undefined;

  file = this.RULE("file", (): Item[] => {
    const items: (Item | undefined)[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => items.push(this.SUBRULE(this.importItem)) },
        { ALT: () => items.push(this.SUBRULE(this.horizon)) },
        { ALT: () => items.push(this.SUBRULE(this.declaration)) },
      ]);
    });
    return items.filter((i): i is Item => i !== undefined);
  }, NO_ITEMS);

  importItem = this.RULE("importItem", (): ImportNode | undefined => {
    const kw = this.CONSUME(k("Import"));
    const path = this.SUBRULE(this.string);
    return this.ACTION(() => {
      const range = this.rangeFrom(kw);
      return range && path ? { kind: "Import", range, lang: langOf(kw), path, leadingComments: [] } : undefined;
    });
  });

  horizon = this.RULE("horizon", (): HorizonNode | undefined => {
    const kw = this.CONSUME(k("Horizon"));
    const dates = this.SUBRULE(this.dateRange);
    return this.ACTION(() => {
      const range = this.rangeFrom(kw);
      return range && dates ? { kind: "Horizon", range, lang: langOf(kw), dates, leadingComments: [] } : undefined;
    });
  });

  declaration = this.RULE("declaration", (): Declaration | undefined => {
    const kw = this.OR((this.declarationAlts ??= DECLARATION_TOKENS.map(([token]) => ({ ALT: () => this.CONSUME(k(token)) }))));
    const name = this.SUBRULE(this.name);
    let at: Reference | undefined;
    this.OPTION(() => {
      this.CONSUME(k("At"));
      at = this.SUBRULE(this.ref);
    });
    this.CONSUME(T.LBrace);
    const properties: (Property | undefined)[] = [];
    this.MANY(() => properties.push(this.SUBRULE(this.property)));
    this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      const range = this.rangeFrom(kw);
      const kind = DECLARATION_TOKENS.find(([token]) => k(token) === kw.tokenType)?.[1];
      if (!range || !name || !kind) return undefined;
      return {
        kind: "Declaration", range, declarationKind: kind, lang: langOf(kw), name, ...(at ? { at } : {}), doc: [],
        properties: properties.filter((p): p is Property => p !== undefined), leadingComments: [],
      };
    });
  });

  // Built once: a fresh array of 45 closures per property line costs more than the parse itself.
  private propertyAlts: IOrAlt<Property | undefined>[] | undefined;
  private declarationAlts: IOrAlt<IToken>[] | undefined;

  property = this.RULE("property", (): Property | undefined =>
    this.OR((this.propertyAlts ??= [
      // Obligations first: `library provides …` must not read as the `library <name>` property.
      { ALT: () => this.SUBRULE(this.partyObligation), GATE: () => this.startsPartyObligation(), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.sessionsObligation) },
      // Then one alternative per property key of the language table.
      ...PROPERTY_SYNTAX.map((syntax, i): IOrAlt<Property | undefined> => ({ ALT: () => this.tableProperty(syntax, i + 1), IGNORE_AMBIGUITIES: true })),
    ])),
  );

  /**
   * `<keyword> <value>` for one property of the language table: the keyword, then a value of
   * the property's shape. `idx` tells this alternative's calls apart from the others' (Chevrotain
   * occurrence indices).
   */
  private tableProperty(syntax: PropertySyntax, idx: number): Property | undefined {
    const kw = this.consume(idx, k(syntax.keyword.token));
    const value = this.shapeValue(syntax, idx);
    // `berlaku untuk a, b` (= applies to) shares its keyword with `berlaku <dates>`.
    const key = syntax.shape === "validity" && value !== undefined && value.kind !== "DateRange" ? "appliesTo" : syntax.key;
    return this.ACTION(() => this.makeProperty(kw, key, value));
  }

  /** A value of the property's shape (see language/value-shapes.ts). */
  private shapeValue(syntax: PropertySyntax, idx: number): PropertyValue | undefined {
    switch (syntax.shape) {
      case "text": return this.subrule(idx, this.string);
      case "word": return this.subrule(idx, this.ref);
      case "names": return this.subrule(idx, this.listValue);
      case "count": return this.subrule(idx, this.number);
      case "region": return this.subrule(idx, this.regionPath);
      case "windows": return this.subrule(idx, this.windowsValue);
      case "openWindows": return this.or(idx, [{ ALT: () => this.subrule(idx, this.windowsValue) }, { ALT: () => this.subrule(idx, this.collectiveLeave) }]);
      case "closed": return this.subrule(idx, this.closedValue);
      case "capacity": return this.subrule(idx, this.capacityValue);
      case "money": return this.subrule(idx, this.money);
      case "budgetPeriod": return this.subrule(idx, this.periodValue);
      case "budgetCap": return this.subrule(idx, this.budgetCap);
      case "hoursCap": return this.subrule(idx, this.hoursCap);
      case "stageRequirement": return this.subrule(idx, this.requiresValue);
      case "audience": return this.subrule(idx, this.audienceValue);
      case "schedule": return this.subrule(idx, this.schedule);
      case "route": return this.subrule(idx, this.routeValue);
      case "needs": return this.subrule(idx, this.needsValue);
      case "cost": return this.subrule(idx, this.costValue);
      case "precedence": return this.subrule(idx, this.precedenceValue, { ARGS: [syntax.key === "after" ? "after" : "before"] });
      case "condition": return this.subrule(idx, this.exprValue);
      case "effect": return this.subrule(idx, this.effectValue);
      case "parties": return this.subrule(idx, this.betweenValue);
      case "validity": return this.or(idx, [{ ALT: () => this.subrule(idx, this.appliesValue) }, { ALT: () => this.subrule(idx, this.dateRange) }]);
      case "appliesTo": return this.subrule(idx, this.appliesValue);
      case "indicator": return this.subrule(idx, this.indicatorValue);
    }
  }

  private makeProperty(kw: IToken, key: string, value: PropertyValue | undefined): Property | undefined {
    const last = this.LA(0);
    const range = spanTokens(kw, last);
    if (!range || !value || !isReal(last)) return undefined;
    const inner = this.valueLangOf(kw, last);
    const lang = definiteKeywordLanguage(kw) ?? inner ?? langOf(kw);
    return { kind: "Property", range, key, lang, ...(inner !== undefined && inner !== lang ? { valueLang: inner } : {}), value, leadingComments: [] };
  }

  private startsPartyObligation(): boolean {
    return startsPartyObligation(this.LA(1).tokenType.name, this.LA(2).tokenType.name);
  }

  regionPath = this.RULE("regionPath", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const parts: (StringLiteral | undefined)[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Slash, DEF: () => parts.push(this.SUBRULE(this.string)) });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range ? { kind: "RegionPath" as const, range, parts: parts.filter((p): p is StringLiteral => p !== undefined) } : undefined;
    });
  });

  windowsValue = this.RULE("windowsValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const windows = this.SUBRULE(this.windows);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && windows.length > 0 ? { kind: "Windows" as const, range, windows } : undefined;
    });
  });

  /**
   * `on public holidays` / `pada libur nasional` (also `on holidays`, `pada hari libur`, and
   * `… and collective leave` / `… dan cuti bersama`, which the holidays include), or
   * `2019-06-03..2019-06-07 "reason"`.
   */
  closedValue = this.RULE("closedValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(k("On"));
          const words: string[] = [];
          const word = (t: IToken): void => void words.push(t.image);
          this.OPTION2(() => this.OR2([{ ALT: () => word(this.CONSUME(k("Public"))) }, { ALT: () => word(this.CONSUME(k("DayUnit"))) }]));
          word(this.CONSUME(k("Holidays")));
          this.OPTION3(() => word(this.CONSUME(k("National"))));
          this.OPTION4(() => {
            word(this.CONSUME(k("And")));
            this.OR3([
              { ALT: () => (word(this.CONSUME(k("Collective"))), word(this.CONSUME(k("Leave")))) },
              { ALT: () => (word(this.CONSUME(k("Cuti"))), word(this.CONSUME(k("Bersama")))) },
            ]);
          });
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            return range ? { kind: "Closed" as const, range, publicHolidays: true, ...holidayWordsOf(words) } : undefined;
          });
        },
      },
      {
        ALT: () => {
          const dates = this.SUBRULE(this.dateOrRange);
          let reason: StringLiteral | undefined;
          this.OPTION(() => (reason = this.SUBRULE(this.string)));
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            if (!range || !dates) return undefined;
            const dr = dates.kind === "DateRange" ? dates : { kind: "DateRange" as const, range: dates.range, from: dates, to: dates };
            return { kind: "Closed" as const, publicHolidays: false, dates: dr, range, ...(reason ? { reason } : {}) };
          });
        },
      },
    ]);
  });

  /** `on collective leave` / `pada cuti bersama`: a library open on cuti bersama days. */
  collectiveLeave = this.RULE("collectiveLeave", (): PropertyValue | undefined => {
    const first = this.CONSUME(k("On"));
    this.OR([{ ALT: () => (this.CONSUME(k("Collective")), this.CONSUME(k("Leave"))) }, { ALT: () => (this.CONSUME(k("Cuti")), this.CONSUME(k("Bersama"))) }]);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range ? { kind: "OpenOnCollectiveLeave" as const, range } : undefined;
    });
  });

  capacityValue = this.RULE("capacityValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const amount = this.SUBRULE(this.number);
    let unit: "people" | "books" | undefined;
    this.OPTION(() => {
      unit = this.OR([
        { ALT: () => (this.CONSUME(k("Books")), "books" as const) },
        { ALT: () => (this.CONSUME(k("People")), "people" as const) },
      ]);
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && amount ? { kind: "Capacity" as const, range, amount, ...(unit ? { unit } : {}) } : undefined;
    });
  });

  /** One name is a Reference; several are a List. */
  listValue = this.RULE("listValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const refs = this.SUBRULE(this.refList);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (!range || refs.length === 0) return undefined;
      const only = refs[0];
      return refs.length === 1 && only ? only : { kind: "List" as const, range, items: refs };
    });
  });

  /** `20 hours per week` */
  hoursCap = this.RULE("hoursCap", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const hours = this.SUBRULE(this.number);
    this.CONSUME(k("Hours"));
    this.CONSUME(k("Per"));
    const per = this.SUBRULE(this.period);
    const word = this.LA(0).image;
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && hours && per ? { kind: "HoursCap" as const, range, hours, per, ...weekWordOf(word) } : undefined;
    });
  });

  /** `Rp 5.000.000 per month` */
  budgetCap = this.RULE("budgetCap", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const amount = this.SUBRULE(this.money);
    this.CONSUME(k("Per"));
    const per = this.SUBRULE(this.period);
    const word = this.LA(0).image;
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && amount && per ? { kind: "BudgetCap" as const, range, amount, per, ...weekWordOf(word) } : undefined;
    });
  });

  /** `2019` or `2019-01-01..2019-12-31`. */
  periodValue = this.RULE("periodValue", (): PropertyValue | undefined =>
    this.OR([{ ALT: () => this.SUBRULE(this.number) }, { ALT: () => this.SUBRULE(this.dateRange) }]),
  );

  audienceValue = this.RULE("audienceValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const group = this.SUBRULE(this.ref);
    let level: StringLiteral | undefined;
    this.OPTION(() => (level = this.SUBRULE(this.string)));
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && group ? { kind: "Audience" as const, range, group, ...(level ? { level } : {}) } : undefined;
    });
  });

  routeValue = this.RULE("routeValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    let rotating = false;
    this.OPTION(() => {
      this.CONSUME(k("Rotating"));
      rotating = true;
    });
    const sites = this.SUBRULE(this.refList);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range ? { kind: "Route" as const, range, rotating, sites } : undefined;
    });
  });

  needsValue = this.RULE("needsValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const needs: (NeedNode | undefined)[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => needs.push(this.SUBRULE(this.need)) });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range ? { kind: "Needs" as const, range, needs: needs.filter((n): n is NeedNode => n !== undefined) } : undefined;
    });
  });

  /** `2 staff with role kelurahan_officer`, `room aula`, `room with capacity >= 50 and projector prefer aula`. */
  need = this.RULE("need", (): NeedNode | undefined => {
    const first = this.LA(1);
    let quantity: NumberLiteral | undefined;
    this.OPTION(() => (quantity = this.SUBRULE(this.number)));
    const kindTok = this.CONSUME(T.AnyResourceKind);
    let resource: Reference | undefined;
    // A keyword names the resource only where need-resource-name.ts says, so the next property's keyword is never taken for one.
    this.OPTION2({ GATE: () => namesNeedResource(this.LA(1).tokenType, this.LA(1).startLine ?? 0, kindTok.startLine ?? 0, this.LA(2).tokenType, this.LA(2).startLine), DEF: () => (resource = this.identifierRef(this.CONSUME(T.Name))) });
    const need: { role?: Reference; skill?: Reference; minCapacity?: NumberLiteral; preferred?: Reference; features: Reference[] } = { features: [] };
    this.OPTION3(() => {
      this.CONSUME(k("With"));
      this.AT_LEAST_ONE_SEP({
        SEP: k("And"),
        DEF: () => {
          const c = this.SUBRULE(this.needClause);
          this.ACTION(() => {
            if (c === undefined) return;
            if (c.role) need.role = c.role;
            if (c.skill) need.skill = c.skill;
            if (c.minCapacity) need.minCapacity = c.minCapacity;
            if (c.feature) need.features.push(c.feature);
          });
        },
      });
    });
    this.OPTION4(() => {
      this.CONSUME(k("Prefer"));
      const p = this.SUBRULE(this.ref);
      this.ACTION(() => {
        if (p) need.preferred = p;
      });
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      const resourceKind = RESOURCE_KIND[kindTok.tokenType.name];
      if (!range || !resourceKind) return undefined;
      return { kind: "Need" as const, range, ...(quantity ? { quantity } : {}), resourceKind, ...(resource ? { resource } : {}), ...need };
    });
  });

  private identifierRef(t: IToken): Reference | undefined {
    return this.ACTION(() => (isReal(t) ? { kind: "Reference" as const, range: tokenRange(t), name: t.image } : undefined));
  }

  needClause = this.RULE("needClause", (): NeedClause | undefined =>
    this.OR([
      { ALT: () => { this.CONSUME(k("Role")); const r = this.SUBRULE(this.ref); return this.ACTION(() => (r ? { role: r } : undefined)); } },
      { ALT: () => { this.CONSUME(k("Skills")); const r = this.SUBRULE2(this.ref); return this.ACTION(() => (r ? { skill: r } : undefined)); } },
      {
        ALT: () => {
          this.CONSUME(k("Capacity"));
          this.OPTION(() => this.CONSUME(T.GtEq));
          const n = this.SUBRULE(this.number);
          return this.ACTION(() => (n ? { minCapacity: n } : undefined));
        },
      },
      { ALT: () => { const f = this.identifierRef(this.CONSUME(T.Identifier)); return this.ACTION(() => (f ? { feature: f } : undefined)); } },
    ]),
  );

  /** `Rp 50.000 per session from apbd_2019` */
  costValue = this.RULE("costValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const amount: MoneyNode | undefined = this.SUBRULE(this.money);
    this.CONSUME(k("Per"));
    const per = this.OR([
      { ALT: () => (this.CONSUME(k("Session")), "session" as const) },
      { ALT: () => (this.CONSUME(k("Participants")), "participant" as const) },
      { ALT: () => (this.CONSUME(k("Program")), "program" as const) },
    ]);
    let budget: Reference | undefined;
    this.OPTION(() => {
      this.CONSUME(k("From"));
      budget = this.SUBRULE(this.ref);
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && amount ? { kind: "Cost" as const, range, amount, per, ...(budget ? { budget } : {}) } : undefined;
    });
  });

  exprValue = this.RULE("exprValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const expr = this.SUBRULE(this.expr);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && expr ? { kind: "Expr" as const, range, expr } : undefined;
    });
  });

  effectValue = this.RULE("effectValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const effect = this.OR([
      { ALT: () => (this.CONSUME(k("Forbid")), "forbid" as const) },
      { ALT: () => (this.CONSUME(k("Require")), "require" as const) },
      { ALT: () => (this.CONSUME(k("Warn")), "warn" as const) },
    ]);
    const message = this.SUBRULE(this.string);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && message ? { kind: "Effect" as const, range, effect, message } : undefined;
    });
  });

  /** `requires stage implementation`: the stage name. */
  requiresValue = this.RULE("requiresValue", (): PropertyValue | undefined => {
    this.CONSUME(k("Stage"));
    return this.SUBRULE(this.ref);
  });

  precedenceValue = this.RULE("precedenceValue", (relation: "before" | "after"): PropertyValue | undefined => {
    const first = this.LA(1);
    const program = this.SUBRULE(this.ref);
    let gap: NumberLiteral | undefined;
    this.OPTION(() => {
      this.CONSUME(k("By"));
      gap = this.SUBRULE(this.number);
      this.CONSUME(k("DayUnit"));
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && program ? { kind: "Precedence" as const, range, relation, program, ...(gap ? { gap } : {}) } : undefined;
    });
  });

  betweenValue = this.RULE("betweenValue", (): PropertyValue | undefined => {
    const first = this.LA(1);
    const library = this.SUBRULE(this.ref);
    this.CONSUME(k("And"));
    const partner = this.SUBRULE2(this.ref);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && library && partner ? { kind: "Between" as const, range, library, partner } : undefined;
    });
  });

  /** `to a, b` after `applies` / `berlaku untuk`. */
  appliesValue = this.RULE("appliesValue", (): PropertyValue | undefined => {
    this.OR([{ ALT: () => this.CONSUME(k("To")) }, { ALT: () => this.CONSUME(k("For")) }]);
    return this.SUBRULE(this.listValue);
  });

  /** `library provides …`, `partner hosts …`, `library pays …`. */
  partyObligation = this.RULE("partyObligation", (): Property | undefined => {
    const partyTok = this.OR([{ ALT: () => this.CONSUME(k("Library")) }, { ALT: () => this.CONSUME(k("Partner")) }]);
    const first = partyTok;
    let key = "provides";
    const value = this.OR2([
      {
        ALT: () => {
          this.CONSUME(k("Provides"));
          this.OPTION(() => this.CONSUME(T.AnyResourceKind));
          const resource = this.SUBRULE(this.ref);
          let quantity: NumberLiteral | undefined;
          this.OPTION2(() => (quantity = this.SUBRULE(this.number)));
          this.OR3([{ ALT: () => this.CONSUME(k("Every")) }, { ALT: () => this.CONSUME(k("Per")) }]);
          const per: PeriodName | undefined = this.SUBRULE(this.period);
          const word = this.LA(0).image;
          // `kepada "sekolah dasar"`: who receives it, described; `kepada sman1_padang`: a declared partner or library, whose programs' sessions alone count.
          let to: StringLiteral | undefined;
          let recipient: Reference | undefined;
          this.OPTION3(() => {
            this.CONSUME(k("To"));
            this.OR4([
              { ALT: () => (to = this.SUBRULE(this.string)) },
              { ALT: () => (recipient = this.SUBRULE5(this.ref)) },
            ]);
          });
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            const party = partyOf(partyTok);
            if (!range || !resource || !per) return undefined;
            return { kind: "Provides" as const, range, party, resource, ...(quantity ? { quantity } : {}), per, ...(to ? { to } : {}), ...(recipient ? { recipient } : {}), ...weekWordOf(word) };
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(k("Hosts"));
          const program = this.SUBRULE2(this.ref);
          key = "hosts";
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            return range && program ? { kind: "Hosts" as const, range, party: partyOf(partyTok), program } : undefined;
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(k("Pays"));
          const amount = this.SUBRULE(this.money);
          let program: Reference | undefined;
          let budget: Reference | undefined;
          this.OPTION4(() => {
            this.CONSUME(k("For"));
            program = this.SUBRULE3(this.ref);
          });
          this.OPTION5(() => {
            this.CONSUME(k("From"));
            budget = this.SUBRULE4(this.ref);
          });
          key = "pays";
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            if (!range || !amount) return undefined;
            return { kind: "BudgetShare" as const, range, party: partyOf(partyTok), amount, ...(program ? { program } : {}), ...(budget ? { budget } : {}) };
          });
        },
      },
    ]);
    return this.ACTION(() => this.makeObligation(partyTok, key, value));
  });

  private makeObligation(first: IToken, key: string, value: ObligationNode | undefined): Property | undefined {
    return this.makeProperty(first, key, value);
  }

  /**
   * `at least 10 sessions of kelas_menulis per semester` / `minimal 10 sesi kelas_menulis per semester`;
   * `at tanah_garam, ix_korong` / `di …` before `per` counts only the sessions held at those sites.
   */
  sessionsObligation = this.RULE("sessionsObligation", (): Property | undefined => {
    const first = this.LA(1);
    const bound = this.OR([
      { ALT: () => (this.CONSUME(k("At")), this.CONSUME(k("Least")), "at_least" as const) },
      { ALT: () => (this.CONSUME2(k("At")), this.CONSUME(k("Most")), "at_most" as const) },
      { ALT: () => (this.CONSUME(k("Minimal")), "at_least" as const) },
      { ALT: () => (this.CONSUME(k("Maximal")), "at_most" as const) },
    ]);
    const count = this.SUBRULE(this.number);
    this.CONSUME(k("Session"));
    this.OPTION(() => this.CONSUME(k("Of")));
    const program = this.SUBRULE(this.ref);
    let sites: Reference[] | undefined;
    this.OPTION2(() => {
      this.CONSUME3(k("At"));
      sites = this.SUBRULE(this.refList);
    });
    this.CONSUME(k("Per"));
    const per = this.SUBRULE(this.period);
    const word = this.LA(0).image;
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (!range || !count || !program || !per) return undefined;
      return this.makeProperty(first, "sessions", { kind: "Sessions", range, bound, count, program, ...(sites && sites.length > 0 ? { sites } : {}), per, ...weekWordOf(word) });
    });
  });

  /** `visits [metric m] weight 25 target 300 per month [threshold]`; the metric may also come last. */
  indicatorValue = this.RULE("indicatorValue", (): IndicatorNode | undefined => {
    const first = this.LA(1);
    const name = this.SUBRULE(this.name);
    let metric: string | undefined;
    let metricToken: IToken | undefined;
    this.OPTION(() => {
      this.CONSUME(k("Metric"));
      metricToken = this.CONSUME(T.Name);
      metric = metricToken.image;
    });
    this.CONSUME(k("Weight"));
    const weight = this.SUBRULE(this.number);
    this.CONSUME(k("Target"));
    const target = this.SUBRULE2(this.number);
    this.CONSUME(k("Per"));
    const per = this.SUBRULE(this.period);
    const word = this.LA(0).image;
    // `metrik peserta` may also end the line, as planners write it after the target (`… per bulan metrik peserta`).
    this.OPTION3({
      GATE: () => metric === undefined,
      DEF: () => {
        this.CONSUME2(k("Metric"));
        metricToken = this.CONSUME2(T.Name);
        metric = metricToken.image;
      },
    });
    let scoring: "proportional" | "threshold" = "proportional";
    this.OPTION2(() => {
      this.CONSUME(k("Threshold"));
      scoring = "threshold";
    });
    this.OPTION4({
      GATE: () => metric === undefined,
      DEF: () => {
        this.CONSUME3(k("Metric"));
        metricToken = this.CONSUME3(T.Name);
        metric = metricToken.image;
      },
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (!range || !name || !weight || !target || !per) return undefined;
      const metricRange = isReal(metricToken) ? tokenRange(metricToken) : undefined;
      return { kind: "Indicator", range, name, ...(metric !== undefined ? { metric } : {}), ...(metricRange !== undefined ? { metricRange } : {}), weight, target, per, scoring, ...weekWordOf(word) };
    });
  });
}

function partyOf(t: IToken): Party {
  return t.tokenType === k("Library") ? "library" : "partner";
}
