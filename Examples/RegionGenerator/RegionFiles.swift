import Foundation
import QualityKit

/// The five files of a generated region, as bytes.
public struct RegionFiles: Sendable {
  /// `schools.csv`: `school_id,name,municipality,region,kind,settlement`.
  public var schools: [UInt8]
  /// `values.csv`, wide: `school_id,year,<metric>,…`, one row per school and year.
  public var values: [UInt8]
  /// `benchmarks.csv`: `scope,year,metric,value`, scope `region` and `municipality:<name>`.
  public var benchmarks: [UInt8]
  /// `reported.csv`: `indicator,year,value,school_id` for the programme's reported indicators.
  public var reported: [UInt8]
  /// `monitoring-records.csv`: `procedure,date` for the programme's monitoring procedures.
  public var records: [UInt8]

  /// The file names, in the order ``named`` lists them.
  public static let names = [
    "schools.csv", "values.csv", "benchmarks.csv", "reported.csv", "monitoring-records.csv",
  ]

  /// Every file with its name.
  public var named: [(name: String, bytes: [UInt8])] {
    zip(Self.names, [schools, values, benchmarks, reported, records]).map { ($0, $1) }
  }

  /// The schools, values and benchmarks files as the library's loader reads them.
  public var sources: (schools: CSVSource, values: CSVSource, benchmarks: CSVSource) {
    (
      CSVSource(name: "schools.csv", bytes: schools), CSVSource(name: "values.csv", bytes: values),
      CSVSource(name: "benchmarks.csv", bytes: benchmarks)
    )
  }

  /// Writes the files into `directory`, creating it when needed and replacing files of the same
  /// names.
  public func write(to directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for file in named {
      try Data(file.bytes).write(to: directory.appendingPathComponent(file.name), options: .atomic)
    }
  }
}
