import QualityKit
import Testing

/// One example of one criterion of one pack, as a parameterised test case.
public struct CriterionExampleCase: Sendable, CustomTestStringConvertible {
  /// The pack id.
  public let pack: String
  /// The criterion.
  public let criterion: any IdentificationCriterion
  /// The example's position in the criterion's list (1-based).
  public let number: Int
  /// The example.
  public let example: CriterionDescription.Example

  /// Creates a case.
  public init(
    pack: String, criterion: any IdentificationCriterion, number: Int,
    example: CriterionDescription.Example
  ) {
    self.pack = pack
    self.criterion = criterion
    self.number = number
    self.example = example
  }

  /// `krasnoyarsk/continuation_below_60#1`.
  public var testDescription: String {
    let id = criterion.id.rawValue
    let short = id.hasPrefix(pack + ".") ? String(id.dropFirst(pack.count + 1)) : id
    return "\(pack)/\(short)#\(number)"
  }

  /// Every example of every criterion of `packs`.
  public static func all(in packs: [RulePack]) -> [CriterionExampleCase] {
    packs.flatMap { pack in
      pack.criteria.flatMap { criterion in
        criterion.criterionDescription.examples.enumerated().map { index, example in
          CriterionExampleCase(
            pack: pack.id.rawValue, criterion: criterion, number: index + 1, example: example)
        }
      }
    }
  }
}

/// Evaluates `example` with `criterion` and records an issue at the example's source line for every
/// school whose status differs from the expected one.
public func expectExample(
  _ example: CriterionDescription.Example, of criterion: any IdentificationCriterion,
  catalog: MetricCatalog = .standard
) throws {
  let location = SourceLocation(
    fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
  let results = try example.evaluate(criterion, catalog: catalog)
  #expect(
    Set(results.keys) == Set(example.expected.keys),
    "every school of the example needs an expected status", sourceLocation: location)
  for (school, expected) in example.expected.sorted(by: { $0.key < $1.key }) {
    let actual = results[school]?.status
    #expect(
      actual == expected,
      "\(criterion.id) school \(school): expected \(expected.rawValue), got \(actual?.rawValue ?? "nothing") — \(results[school]?.explanation(in: .english) ?? "")",
      sourceLocation: location)
  }
}
