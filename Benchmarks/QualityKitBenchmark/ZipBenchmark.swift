import Foundation
@_spi(Archive) import QualityKit

/// `qualitykit-benchmark --zip [ROWS] [--runs N]`: the ZIP layer's throughput on sheet-like XML.
///
/// Builds the XML of a values sheet — one row per school and year, a shared-string id and 20
/// numeric cells with one or two decimals, as a `.xlsx` export holds them (40,000 schools × 3
/// years ≈ 150 MB at the default 120,000 rows) — then times `Deflate` (compress), `Inflate`
/// (decompress, output size known as in a ZIP entry) and CRC-32 over it, best of N runs, and prints
/// MB/s of uncompressed bytes and the ratio.
enum ZipBenchmark {
  static func sheetXML(rows: Int) -> [UInt8] {
    var text = "<worksheet><sheetData>"
    text.reserveCapacity(rows * 1300)
    var state: UInt64 = 1
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let columns = (0..<21).map {
      String(UnicodeScalar(UInt8(66 + $0 % 26))) + ($0 >= 26 ? "A" : "")
    }
    for row in 2...rows + 1 {
      text += "<row r=\"\(row)\" spans=\"1:22\"><c r=\"A\(row)\" t=\"s\"><v>\(row - 2)</v></c>"
      for column in columns {
        let value = Double(next() % 100_000) / 100
        text += "<c r=\"\(column)\(row)\" s=\"1\"><v>\(value)</v></c>"
      }
      text += "</row>"
    }
    text += "</sheetData></worksheet>"
    return Array(text.utf8)
  }

  static func run(_ arguments: [String]) {
    var rows = 120_000
    var runs = 3
    var rest = arguments[...]
    if let first = rest.first, let value = Int(first) {
      rows = value
      rest = rest.dropFirst()
    }
    if rest.first == "--runs", rest.count > 1 { runs = max(1, Int(rest[rest.startIndex + 1]) ?? 3) }
    let xml = sheetXML(rows: rows)
    let megabytes = Double(xml.count) / 1_000_000
    print(
      "input: \(rows) rows, \(String(format: "%.1f", megabytes)) MB of sheet XML, runs: \(runs)")
    var packed: [UInt8] = []
    var times: [String: [Double]] = [:]
    for _ in 0..<runs {
      var start = DispatchTime.now()
      packed = ArchiveEntryPoints.deflate(xml)
      times["1 deflate", default: []].append(QualityKitBenchmark.seconds(start, .now()))
      start = DispatchTime.now()
      let unpacked = ArchiveEntryPoints.inflate(packed, size: xml.count)
      times["2 inflate", default: []].append(QualityKitBenchmark.seconds(start, .now()))
      precondition(unpacked == xml, "the round trip lost bytes")
      start = DispatchTime.now()
      _ = ArchiveEntryPoints.crc32(xml)
      times["3 crc32", default: []].append(QualityKitBenchmark.seconds(start, .now()))
    }
    for (phase, values) in times.sorted(by: { $0.key < $1.key }) {
      let best = values.min() ?? 0
      print(
        "\(phase): best \(QualityKitBenchmark.format(best)) s, "
          + "\(String(format: "%.0f", megabytes / best)) MB/s")
    }
    print(
      "deflated: \(packed.count) bytes, ratio \(String(format: "%.2f", Double(xml.count) / Double(packed.count))):1"
    )
    print("peak RSS: \(QualityKitBenchmark.peakResidentKilobytes() / 1024) MB")
  }
}
