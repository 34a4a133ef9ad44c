import Testing

@testable import QualityKit

/// The parallel path of a quote-free wide values file (``WideValues``) against the record-by-record
/// reader: the same dataset, the same errors in the same order, at the same absolute lines.
@Suite("WideValues")
struct WideValuesTests {
  static let metrics: [MetricKey] = [
    .resultsQualityPercent, .ogeMathMeanMark, .contextEnrollment, .egeRussianMeanScore,
    .socialLowSesFamilyPercent,
  ]
  static let ids: [SchoolID] = (1...240).map { SchoolID("S\($0)") }

  /// A small deterministic generator (SplitMix64), so that every run sees the same file.
  struct Generator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  /// Cells that are not plain numbers, each taking another path of the parser.
  static let oddCells = [
    "abc", "nan", "inf", "-inf", "1.2.3", "1e400", "-", ".", " ", "\t", " 42 ", "+7", "1e1",
    "2,5e0", "0.000000000000000000001", "12345678901234567890", "-0", "00.050", "5.", ".5",
    "1 234", "42x", "\t3",
  ]

  /// A wide file over ``ids`` and ``metrics`` with bad cells and rows in both halves: invalid,
  /// out-of-range and odd numbers, unknown and empty ids, bad years, wrong field counts, blank
  /// lines, repeated rows and trailing empty fields.
  static func file(seed: UInt64, delimiter: String = ";", lineBreak: String = "\n") -> String {
    var random = Generator(state: seed)
    let comma = delimiter != ","
    var lines = [(["school_id", "year"] + metrics.map(\.rawValue)).joined(separator: delimiter)]
    for year in [2021, 2022, 2020] {
      for id in ids {
        var cells = [id.rawValue, "\(year)"]
        for metric in metrics {
          let range = MetricCatalog.standard[metric]?.range ?? 0...100
          let low = max(range.lowerBound, 0)
          let high = min(range.upperBound, 1000)
          let value = low + Double(random.below(10_000)) / 10_000 * (high - low)
          var text = String((value * 100).rounded() / 100)
          if comma && random.below(2) == 0 { text = text.replacingOccurrences(of: ".", with: ",") }
          switch random.below(40) {
          case 0: text = ""
          case 1: text = oddCells[random.below(oddCells.count)]
          case 2: text = "\(high + 1 + Double(random.below(5)))"  // out of range
          case 3: text = "-\(1 + random.below(9))"
          default: break
          }
          cells.append(text)
        }
        switch random.below(60) {
        case 0: cells[0] = "X\(random.below(9))"  // unknown school
        case 1: cells[0] = ""
        case 2: cells[1] = ["20x2", "", "1850", "2021/2023", " 2021/2022 "][random.below(5)]
        case 3: cells.removeLast()  // too few fields
        case 4: cells.append("7")  // a non-empty field past the header
        case 5: cells.append(contentsOf: ["", " "])  // empty fields past the header: accepted
        case 6: lines.append(random.below(2) == 0 ? "" : " \(delimiter) \(delimiter)")  // blank
        case 7: cells[0] = " \(cells[0]) "
        default: break
        }
        lines.append(cells.joined(separator: delimiter))
        if random.below(50) == 0 {
          // The same school and year again, later in the file: a repeated row.
          let again = ids[random.below(ids.count)].rawValue
          lines.append(
            ([again, "\(year)"] + metrics.map { _ in "1" }).joined(separator: delimiter))
        }
      }
    }
    return lines.joined(separator: lineBreak) + (random.below(2) == 0 ? lineBreak : "")
  }

  /// What reading `text` gave: the dataset (also after a strict error), the thrown error and the
  /// rejected errors.
  struct Outcome {
    let dataset: Dataset
    let thrown: CSVError?
    let rejected: [CSVError]
  }

  static func read(
    _ text: String, split: WideValues.Split, mode: CSVSource.ReadMode, before: String? = nil
  ) throws -> Outcome {
    var builder = try Dataset.Builder(
      schools: ids.map { School(id: $0, name: "Школа \($0)", municipality: "Город") })
    var rejected: [CSVError] = []
    if let before {
      try ValuesFile.read(
        CSVSource(name: "before.csv", text: before), into: &builder, mode: .collecting,
        rejected: &rejected, split: .sequential)
      rejected = []
    }
    var thrown: CSVError?
    do throws(CSVError) {
      try ValuesFile.read(
        CSVSource(name: "v.csv", text: text), into: &builder, mode: mode, rejected: &rejected,
        split: split)
    } catch {
      thrown = error
    }
    return Outcome(dataset: builder.build(), thrown: thrown, rejected: rejected)
  }

  static func expectSame(_ a: Outcome, _ b: Outcome) {
    #expect(a.thrown == b.thrown)
    #expect(a.rejected == b.rejected)
    #expect(IOFixture.sameValues(a.dataset, b.dataset))
  }

  @Test(arguments: [1, 2, 3])
  func collectingModeGivesTheSameDatasetAndErrors(seed: UInt64) throws {
    let text = Self.file(seed: seed)
    let sequential = try Self.read(text, split: .sequential, mode: .collecting)
    #expect(sequential.rejected.count > 20)
    #expect(sequential.thrown == nil)
    for chunks in [1, 2, 3, 7] {
      Self.expectSame(
        sequential, try Self.read(text, split: .chunks(chunks), mode: .collecting))
    }
    Self.expectSame(sequential, try Self.read(text, split: .automatic, mode: .collecting))
  }

  @Test func otherDialectsAndLineBreaks() throws {
    for (delimiter, lineBreak) in [(",", "\n"), ("\t", "\r\n"), (";", "\r\n"), (";", "\r")] {
      let text = Self.file(seed: 4, delimiter: delimiter, lineBreak: lineBreak)
      let sequential = try Self.read(text, split: .sequential, mode: .collecting)
      #expect(sequential.rejected.count > 20)
      for chunks in [2, 5] {
        Self.expectSame(
          sequential, try Self.read(text, split: .chunks(chunks), mode: .collecting))
      }
    }
  }

  @Test func repeatedValuesFromAnEarlierFileAreReportedInColumnOrder() throws {
    let text = Self.file(seed: 5)
    // Some of the same cells, read before: each is a repeated value in `text`.
    let before = Self.file(seed: 6)
    let sequential = try Self.read(text, split: .sequential, mode: .collecting, before: before)
    #expect(
      sequential.rejected.contains { if case .duplicateValue = $0.kind { true } else { false } })
    Self.expectSame(
      sequential, try Self.read(text, split: .chunks(3), mode: .collecting, before: before))
  }

  @Test func strictModeThrowsTheFirstErrorInFileOrder() throws {
    for seed: UInt64 in [1, 2, 3] {
      let text = Self.file(seed: seed)
      let sequential = try Self.read(text, split: .sequential, mode: .strict)
      #expect(sequential.thrown != nil)
      for chunks in [2, 3, 7] {
        Self.expectSame(sequential, try Self.read(text, split: .chunks(chunks), mode: .strict))
      }
    }
  }

  @Test func anErrorInTheSecondChunkHasItsAbsoluteLine() throws {
    // 400 good rows, then one bad cell and one unknown school on known lines.
    var lines = ["school_id;year;results.quality_percent;oge.math.mean_mark"]
    for index in 0..<400 {
      lines.append("\(Self.ids[index % Self.ids.count]);\(2000 + index / Self.ids.count);50;4")
    }
    lines.append("S1;2010;abc;4")  // line 402
    lines.append("")  // line 403, blank
    lines.append("S999;2010;1;4")  // line 404
    lines.append("S2;2010;1;7")  // line 405: out of range
    let text = lines.joined(separator: "\n") + "\n"
    let bounds = WideValues.boundaries(
      Array(text.utf8), from: Array(lines[0].utf8).count + 1, chunks: 2)
    #expect(bounds.count == 3)
    let expected = [
      CSVError(kind: .notANumber("abc"), file: "v.csv", line: 402, column: 3),
      CSVError(kind: .unknownSchool("S999"), file: "v.csv", line: 404, column: 1),
      CSVError(
        kind: .valueOutOfRange(metric: .ogeMathMeanMark, value: 7, range: 2...5), file: "v.csv",
        line: 405, column: 4),
    ]
    for split in [WideValues.Split.sequential, .chunks(2), .chunks(4)] {
      let collecting = try Self.read(text, split: split, mode: .collecting)
      #expect(collecting.rejected == expected)
      let strict = try Self.read(text, split: split, mode: .strict)
      #expect(strict.thrown == expected[0])
      #expect(strict.dataset.value(of: .ogeMathMeanMark, school: 0, year: 2010) == 4)
    }
  }

  @Test func chunksEndJustAfterALineFeed() {
    let bytes = Array("h\na;1\r\nb;2\nc;3\rd;4\ne;5".utf8)
    let bounds = WideValues.boundaries(bytes, from: 2, chunks: 4)
    #expect(bounds.first == 2)
    #expect(bounds.last == bytes.count)
    for bound in bounds.dropFirst().dropLast() { #expect(bytes[bound - 1] == UInt8(ascii: "\n")) }
    #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test func aFileWithAQuoteIsReadRecordByRecord() throws {
    let text = "school_id;year;results.quality_percent\nS1;2022;\"72,5\"\nS2;2022;abc\n"
    #expect(!WideValues.isQuoteFree(Array(text.utf8), from: 0))
    let chunked = try Self.read(text, split: .chunks(2), mode: .collecting)
    Self.expectSame(try Self.read(text, split: .sequential, mode: .collecting), chunked)
    #expect(chunked.dataset.value(of: .resultsQualityPercent, school: 0, year: 2022) == 72.5)
  }
}
