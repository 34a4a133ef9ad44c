import Foundation

/// A benchmark entry that cannot be accepted.
///
/// ```swift
/// BenchmarksError.duplicate(.init(scope: .region, year: 2022, metric: .egeRussianMeanScore,
///                                 value: 70)).description
/// // "повторный ориентир: для region за 2021/2022 учебный год по метрике ege.russian.mean_score он уже задан"
/// ```
public enum BenchmarksError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// Two entries for the same scope, year and metric.
  case duplicate(Benchmarks.Entry)
  /// A NaN or infinite value.
  case notFinite(Benchmarks.Entry)

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (self, language) {
    case (.duplicate(let entry), .russian):
      "повторный ориентир: для \(entry.scope) за \(entry.year) учебный год по метрике "
        + "\(entry.metric) он уже задан"
    case (.duplicate(let entry), .english):
      "duplicate benchmark for \(entry.scope), \(entry.year), metric \(entry.metric)"
    case (.notFinite(let entry), .russian):
      "ориентир для \(entry.scope) за \(entry.year) учебный год по метрике \(entry.metric) "
        + "— не число"
    case (.notFinite(let entry), .english):
      "the benchmark for \(entry.scope), \(entry.year), metric \(entry.metric) is not a number"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
