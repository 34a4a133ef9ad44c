import Foundation

/// A linear map from an axis's values to drawing coordinates, over a range with round ends and the
/// round steps between them that the axis labels.
struct ChartScale {
  /// The values drawn, from the first tick to the last.
  let domain: ClosedRange<Double>
  /// The coordinate of `domain.lowerBound`.
  let start: Double
  /// The coordinate of `domain.upperBound` (smaller than `start` for a vertical axis, whose
  /// coordinates grow downward).
  let end: Double
  /// The distance between ticks.
  let step: Double

  /// A scale over `low…high` widened to round numbers, with about `ticks` steps; a fixed `range`
  /// is kept as it is.
  ///
  /// A scale of `whole` numbers (counts) never steps by less than 1.
  init(
    low: Double, high: Double, fixed range: ClosedRange<Double>? = nil, ticks: Int = 5,
    whole: Bool = false, from start: Double, to end: Double
  ) {
    self.start = start
    self.end = end
    func nice(_ raw: Double) -> Double { max(Self.niceStep(raw), whole ? 1 : 0) }
    if let range, range.upperBound > range.lowerBound {
      domain = range
      step = nice((range.upperBound - range.lowerBound) / Double(max(ticks, 1)))
      return
    }
    var low = low.isFinite ? low : 0
    var high = high.isFinite ? high : 1
    if high <= low {
      // One value: a unit around it, so that it sits in the middle.
      low -= 0.5
      high += 0.5
    }
    let step = nice((high - low) / Double(max(ticks, 1)))
    self.step = step
    domain = (low / step).rounded(.down) * step...(high / step).rounded(.up) * step
  }

  /// The coordinate of `value`.
  @inline(__always)
  func callAsFunction(_ value: Double) -> Double {
    let span = domain.upperBound - domain.lowerBound
    return start + (value - domain.lowerBound) / span * (end - start)
  }

  /// The values of the ticks: the multiples of `step` within the domain.
  var ticks: [Double] {
    let first = (domain.lowerBound / step - 1e-9).rounded(.up)
    let last = (domain.upperBound / step + 1e-9).rounded(.down)
    guard first <= last else { return [] }
    // A multiple of the step, not a sum of steps: no error piles up (0.1 + 0.2).
    return stride(from: first, through: last, by: 1).map { $0 * step }
  }

  /// The decimals a tick label needs to show `step` exactly (0 for whole steps, 1 for 0.5, …).
  var decimals: Int {
    var scaled = step
    for places in 0..<6 {
      if (scaled - scaled.rounded()).magnitude < 1e-6 * max(1, scaled.magnitude) { return places }
      scaled *= 10
    }
    return 6
  }

  /// The round step of about `raw`: 1, 2, 2.5 or 5 times a power of ten.
  static func niceStep(_ raw: Double) -> Double {
    guard raw.isFinite, raw > 0 else { return 1 }
    let power = pow(10, (log10(raw)).rounded(.down))
    let fraction = raw / power
    let nice: Double =
      fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
    return nice * power
  }
}
