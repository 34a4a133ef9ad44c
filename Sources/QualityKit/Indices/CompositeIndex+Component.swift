extension CompositeIndex {
  /// One metric of a composite index, with the sign and weight it enters with.
  ///
  /// Its JSON form is described in `CompositeIndex.Component+Codable.swift`.
  public struct Component: Sendable, Hashable {
    /// The metric.
    public var metric: MetricKey
    /// `+` when more is better, `−` when more is worse (the z-score enters as −z).
    public var direction: MetricCatalog.Direction
    /// The weight in the weighted mean of z-scores; equal weights unless a document says otherwise.
    public var weight: Double
    /// For an optional component, the switch (a ``PackParameter/Unit/flag`` parameter) that turns it
    /// on; the component enters the index only when the switch is 1. `nil` for a component that is
    /// always in.
    public var enabledBy: PackParameter?

    /// Creates a component; pass `enabledBy` to make it optional.
    public init(
      _ metric: MetricKey, _ direction: MetricCatalog.Direction, weight: Double = 1,
      enabledBy: PackParameter? = nil
    ) {
      self.metric = metric
      self.direction = direction
      self.weight = weight
      self.enabledBy = enabledBy
    }

    /// Whether the component enters the index with these parameter values.
    public func isActive(with parameters: ParameterValues) -> Bool {
      guard let enabledBy else { return true }
      return parameters[enabledBy] == 1
    }
  }
}
