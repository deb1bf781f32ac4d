import { LLkLookaheadStrategy, type ILookaheadStrategy } from "chevrotain";

type AlternationLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForAlternation"]>;
type OptionalLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForOptional"]>;

/**
 * Chevrotain's LL(k) lookahead, each decision's function built the first time the parser
 * reaches that decision instead of all of them when the parser is created. The functions
 * are the same (the built-in strategy makes them); a run that parses a small file builds
 * only the few it needs, which takes a good part off every start of `lontar`.
 */
export class LazyLookaheadStrategy extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: Parameters<ILookaheadStrategy["buildLookaheadForAlternation"]>[0]): AlternationLookahead {
    let built: AlternationLookahead | undefined;
    const build = (): AlternationLookahead => (built ??= super.buildLookaheadForAlternation(options));
    return function (this: ThisParameterType<AlternationLookahead>, ...args: Parameters<AlternationLookahead>) {
      return build().apply(this, args);
    };
  }

  override buildLookaheadForOptional(options: Parameters<ILookaheadStrategy["buildLookaheadForOptional"]>[0]): OptionalLookahead {
    let built: OptionalLookahead | undefined;
    const build = (): OptionalLookahead => (built ??= super.buildLookaheadForOptional(options));
    return function (this: ThisParameterType<OptionalLookahead>) {
      return build().call(this);
    };
  }
}
