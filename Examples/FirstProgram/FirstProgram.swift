import Foundation
import QualityKit
import QualityRules

// swift run first-program [FOLDER]: FOLDER holds schools.csv, values.csv and benchmarks.csv.
let folder = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "Examples/Data")
do {
  let data = try DatasetLoader.load(
    schools: folder.appendingPathComponent("schools.csv"),
    values: [folder.appendingPathComponent("values.csv")],
    benchmarks: folder.appendingPathComponent("benchmarks.csv"))
  let identifier = try Identifier(packs: [DefaultPacks.krasnoyarsk, DefaultPacks.amur])
  let report = try identifier.identify(data.dataset, benchmarks: data.benchmarks)
  print(ReportFormat.text.render(report), terminator: "")
} catch {
  FileHandle.standardError.write(Data((error.localizedDescription + "\n").utf8))
  exit(1)
}
