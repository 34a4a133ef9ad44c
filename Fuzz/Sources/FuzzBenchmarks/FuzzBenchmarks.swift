import FuzzSupport
import QualityKit

let schools = CSVSource(name: "schools.csv", bytes: FuzzCheck.bundled("schools.csv"))
let values = CSVSource(name: "values.csv", bytes: FuzzCheck.bundled("values.csv"))
let benchmarks = CSVSource(name: "benchmarks.csv", bytes: FuzzCheck.bundled("benchmarks.csv"))

/// The benchmarks file through `DatasetLoader`, the bundled sample's other files beside it, in strict
/// and in collecting mode; every error, thrown or collected, is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBenchmarks(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let input = CSVSource(
    name: "benchmarks.csv", bytes: [UInt8](UnsafeRawBufferPointer(start: start, count: count)))
  for mode in CSVSource.ReadMode.allCases {
    do {
      let loaded = try DatasetLoader.load(
        schools: schools, values: [values], benchmarks: input, mode: mode)
      loaded.rejected.forEach(FuzzCheck.check)
    } catch {
      FuzzCheck.check(error)
    }
  }
  return 0
}
