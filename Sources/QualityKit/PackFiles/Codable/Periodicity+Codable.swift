extension MonitoringProcedure.Periodicity: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, times, from, to, month, day
  }

  /// Decodes a periodicity from its JSON object, e.g. `{"kind": "times_per_year", "times": 4}`,
  /// `{"kind": "annually", "from": 9, "to": 11}`, `{"kind": "deadline", "month": 9, "day": 10}`,
  /// `{"kind": "once", "from": "2022-11-01", "to": "2022-11-30"}`, `{"kind": "continuous"}`,
  /// `{"kind": "as_scheduled"}`.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an unknown kind; `DecodingError` for a missing key, or a periodicity with a
  ///   ``problem``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    switch kind {
    case "times_per_year":
      self = .timesPerYear(try container.decode(Int.self, forKey: .times))
    case "annually":
      self = .annually(
        from: try container.decode(CalendarDate.Month.self, forKey: .from),
        to: try container.decode(CalendarDate.Month.self, forKey: .to))
    case "deadline":
      self = .deadline(
        month: try container.decode(CalendarDate.Month.self, forKey: .month),
        day: try container.decode(Int.self, forKey: .day))
    case "once":
      self = .once(
        from: try container.decode(CalendarDate.self, forKey: .from),
        to: try container.decode(CalendarDate.self, forKey: .to))
    case "continuous":
      self = .continuous
    case "as_scheduled":
      self = .asScheduled
    default:
      throw PackFileError.FormatIssue(
        .unknownKind(
          kind,
          expected: [
            "times_per_year", "annually", "deadline", "once", "continuous", "as_scheduled",
          ]),
        codingPath: container.codingPath + [CodingKeys.kind])
    }
    if let problem {
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container, debugDescription: problem.message(in: .english))
    }
  }

  /// Encodes the periodicity as the JSON object ``init(from:)`` reads.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    switch self {
    case .timesPerYear(let n):
      try container.encode(n, forKey: .times)
    case .annually(let from, let to):
      try container.encode(from, forKey: .from)
      try container.encode(to, forKey: .to)
    case .deadline(let month, let day):
      try container.encode(month, forKey: .month)
      try container.encode(day, forKey: .day)
    case .once(let from, let to):
      try container.encode(from, forKey: .from)
      try container.encode(to, forKey: .to)
    case .continuous, .asScheduled:
      break
    }
  }
}
