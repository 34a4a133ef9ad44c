import FuzzSupport
@_spi(Fuzzing) import QualityKit

/// The byte-level CSV reader: every record, every field as text and as a number.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  do {
    _ = try FuzzingEntryPoints.readCSV(bytes, name: "fuzz.csv")
  } catch {
    FuzzCheck.check(error)
  }
  return 0
}
