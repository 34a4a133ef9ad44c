import Foundation

/// The bundled sample: the nine Lesosibirsk schools of seed 003 over three years (see README.md in
/// this folder for which figures come from the document).
public enum ExampleData {
  /// The URL of a bundled file: `schools.csv`, `values.csv` or `benchmarks.csv`.
  public static func url(_ name: String) -> URL? {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return nil }
    return Bundle.module.url(forResource: parts[0], withExtension: parts[1])
  }
}
