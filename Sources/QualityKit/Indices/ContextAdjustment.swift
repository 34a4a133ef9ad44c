/// Results adjusted for conditions: for each school of a run, its results set against what its
/// conditions predict, or why it has no such result; and the model they were measured against.
///
/// A ``ContextAdjusting`` makes one (``LinearContextAdjustment`` by default); the identification
/// report carries it (``IdentificationReport/contextAdjustment``).
///
/// - Complexity: O(n) storage for n schools.
public struct ContextAdjustment: Sendable, Hashable {
  /// A school's outcome: its result, or why it has none.
  public enum Outcome: Sendable, Hashable {
    /// The school's results against the line.
    case adjusted(ContextAdjustedResult)
    /// No result, and why.
    case insufficientData(ContextAdjustedResult.Missing)

    /// The result, when there is one.
    public var result: ContextAdjustedResult? {
      if case .adjusted(let result) = self { return result }
      return nil
    }
  }

  /// The index of results (`y`).
  public var resultsIndex: IndexID
  /// The index of conditions (`x`).
  public var contextIndex: IndexID
  /// The fitted line; `nil` when fewer than ``LinearContextAdjustment/minimumSchools`` schools
  /// have both values.
  public var model: ContextModel?
  /// The number of schools with both values (fitted, or too few to fit).
  public var n: Int
  /// The band half-width `k` and the two shares of the resilience cut-offs in force.
  public var settings: LinearContextAdjustment
  /// Every school's outcome, in the order of the values given.
  public var outcomes: [Outcome]
  /// The indices' names, for reports: set by the run from the packs' indices (`nil` from a bare
  /// ``ContextAdjusting/adjust(results:context:resultsIndex:contextIndex:)``, when reports name
  /// the indices by id).
  public var titles: (results: LocalizedText, context: LocalizedText)? {
    get { resultsTitle.flatMap { results in contextTitle.map { (results, $0) } } }
    set {
      resultsTitle = newValue?.results
      contextTitle = newValue?.context
    }
  }
  private var resultsTitle: LocalizedText?
  private var contextTitle: LocalizedText?

  /// Creates an adjustment.
  public init(
    resultsIndex: IndexID, contextIndex: IndexID, model: ContextModel?, n: Int,
    settings: LinearContextAdjustment, outcomes: [Outcome]
  ) {
    self.resultsIndex = resultsIndex
    self.contextIndex = contextIndex
    self.model = model
    self.n = n
    self.settings = settings
    self.outcomes = outcomes
  }
}

/// Fits results on conditions and places each school against the fit: the building block behind
/// context-adjusted results. A host may supply its own (a different model, robust regression) and
/// the reports print what it returns.
public protocol ContextAdjusting: Sendable {
  /// The adjustment of every school: `results[i]` and `context[i]` are school i's index values,
  /// `nil` where undefined.
  func adjust(
    results: [Double?], context: [Double?], resultsIndex: IndexID, contextIndex: IndexID
  ) -> ContextAdjustment
}

/// Ordinary least squares of results on conditions, with bands by standardised residual and
/// resilient schools by cut-offs: the method of the value-added and «резильентные школы» studies
/// (НИУ ВШЭ on Russian schools; Chile's Agencia de Calidad classifies schools after adjusting for
/// social conditions). It is the library's method, not a seed document's: its provenance is
/// `derived`.
///
/// Over the n schools where both values are defined (fewer than ``minimumSchools``: every school
/// gets ``ContextAdjustedResult/Missing/tooFewSchools``):
///
/// - slope `b = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²` (0 when every x is equal), intercept `a = ȳ − b·x̄`;
/// - `expected = a + b·x`, `residual = y − expected`, `residual_z = residual / s` with
///   `s = √(Σ residual² / n)` (0 when s = 0);
/// - band: above expectation when `residual_z ≥ k`, below when `residual_z ≤ −k`;
/// - resilient: x at or below the ⌈contextShare·n⌉-th lowest x **and** y at or above the
///   ⌈resultsShare·n⌉-th highest y.
///
/// Sums are taken about the means (two passes), so that the line does not lose digits when the
/// index values sit far from 0.
///
/// - Complexity: O(n log n) for the two cut-offs' sorts; O(n) otherwise.
///
/// ```swift
/// let fit = LinearContextAdjustment().adjust(
///   results: ys, context: xs, resultsIndex: "index.krasnoyarsk.results",
///   contextIndex: "index.social_wellbeing")
/// fit.model?.slope
/// fit.outcomes[0].result?.band   // .aboveExpected, .asExpected or .belowExpected
/// ```
public struct LinearContextAdjustment: ContextAdjusting, Hashable {
  /// The fewest schools a line is fitted over: below ten, one school moves the line too far for
  /// residuals to mean anything (derived).
  public static let minimumSchools = 10

  /// The band half-width `k`, in residual standard deviations.
  public var bandWidth: Double
  /// The share of schools with the hardest conditions a resilient school must be among.
  public var contextShare: Double
  /// The share of schools with the best results a resilient school must be among.
  public var resultsShare: Double

  /// The method with its parameters; the defaults are ``parameters``' defaults.
  public init(bandWidth: Double = 1.0, contextShare: Double = 0.25, resultsShare: Double = 0.25) {
    self.bandWidth = bandWidth
    self.contextShare = contextShare
    self.resultsShare = resultsShare
  }

  /// The method with the values of ``parameters`` in `values` (their defaults where absent).
  public init(_ values: ParameterValues) {
    self.init(
      bandWidth: values.value(forKey: Self.bandWidthParameter.key)
        ?? Self.bandWidthParameter.defaultValue,
      contextShare: values.value(forKey: Self.contextShareParameter.key)
        ?? Self.contextShareParameter.defaultValue,
      resultsShare: values.value(forKey: Self.resultsShareParameter.key)
        ?? Self.resultsShareParameter.defaultValue)
  }

  public func adjust(
    results: [Double?], context: [Double?], resultsIndex: IndexID, contextIndex: IndexID
  ) -> ContextAdjustment {
    precondition(results.count == context.count, "one results and one context value per school")
    var xs: [Double] = []
    var ys: [Double] = []
    for (y, x) in zip(results, context) {
      if let y, let x, y.isFinite, x.isFinite {
        xs.append(x)
        ys.append(y)
      }
    }
    let n = xs.count
    func missing(_ y: Double?, _ x: Double?) -> ContextAdjustedResult.Missing {
      switch (y?.isFinite == true, x?.isFinite == true) {
      case (false, false): .noValues
      case (false, true): .noResultsValue
      case (true, false): .noContextValue
      case (true, true): .tooFewSchools
      }
    }
    guard n >= Self.minimumSchools else {
      return ContextAdjustment(
        resultsIndex: resultsIndex, contextIndex: contextIndex, model: nil, n: n, settings: self,
        outcomes: zip(results, context).map { .insufficientData(missing($0, $1)) })
    }
    let count = Double(n)
    let meanX = xs.reduce(0, +) / count
    let meanY = ys.reduce(0, +) / count
    var sxx = 0.0
    var sxy = 0.0
    var syy = 0.0
    for index in 0..<n {
      let dx = xs[index] - meanX
      let dy = ys[index] - meanY
      sxx += dx * dx
      sxy += dx * dy
      syy += dy * dy
    }
    let slope = sxx > 0 ? sxy / sxx : 0
    let intercept = meanY - slope * meanX
    var sse = 0.0
    for index in 0..<n {
      let residual = ys[index] - (intercept + slope * xs[index])
      sse += residual * residual
    }
    let sd = (sse / count).squareRoot()
    let model = ContextModel(
      resultsIndex: resultsIndex, contextIndex: contextIndex, n: n, intercept: intercept,
      slope: slope, r2: syy > 0 ? 1 - sse / syy : 0, residualSD: sd,
      contextCutoff: xs.sorted()[Self.rank(contextShare, of: n) - 1],
      resultsCutoff: ys.sorted(by: >)[Self.rank(resultsShare, of: n) - 1])
    let outcomes: [ContextAdjustment.Outcome] = zip(results, context).map { y, x in
      guard let y, let x, y.isFinite, x.isFinite else { return .insufficientData(missing(y, x)) }
      let expected = model.expected(atContext: x)
      let residual = y - expected
      let z = sd > 0 ? residual / sd : 0
      let band: ContextAdjustedResult.Band =
        z >= bandWidth ? .aboveExpected : z <= -bandWidth ? .belowExpected : .asExpected
      return .adjusted(
        ContextAdjustedResult(
          results: y, context: x, expected: expected, residual: residual, residualZ: z,
          band: band, resilient: x <= model.contextCutoff && y >= model.resultsCutoff))
    }
    return ContextAdjustment(
      resultsIndex: resultsIndex, contextIndex: contextIndex, model: model, n: n, settings: self,
      outcomes: outcomes)
  }

  /// ⌈share · n⌉, at least 1 and at most n. The product is rounded to 9 places first, so that a
  /// share such as 0.1 of 30 schools (3.0000000000000004 in binary) takes the 3rd school, as the
  /// formula on paper does.
  static func rank(_ share: Double, of n: Int) -> Int {
    let product = (share * Double(n) * 1e9).rounded() / 1e9
    return min(max(Int(product.rounded(.up)), 1), n)
  }
}
