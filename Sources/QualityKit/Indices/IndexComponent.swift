/// One metric of a composite index, with the sign and weight it enters with.
public struct IndexComponent: Sendable, Hashable, Codable {
  /// The metric.
  public var metric: MetricKey
  /// `+` when more is better, `−` when more is worse (the z-score enters as −z).
  public var direction: Direction
  /// The weight in the weighted mean of z-scores; equal weights unless a document says otherwise.
  public var weight: Double

  /// Creates a component.
  public init(_ metric: MetricKey, _ direction: Direction, weight: Double = 1) {
    self.metric = metric
    self.direction = direction
    self.weight = weight
  }
}
