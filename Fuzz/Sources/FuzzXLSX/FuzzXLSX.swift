@_spi(Fuzzing) import QualityKit
import FuzzSupport

/// The workbook reader: the input as a values workbook through `DatasetLoader`, beside the bundled
/// schools and benchmarks, in strict and in collecting mode — once made into a one-sheet book
/// (`FuzzingEntryPoints.workbook(fromFuzzInput:)`: the sheet's XML, then the shared strings), so
/// that mutations reach the XML, and once as the file's bytes themselves (the container sniffing,
/// the ZIP layer, the parts). Every error, thrown or collected, is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  FuzzCheck.loadSample(
    replacing: "values.csv", withBytes: FuzzingEntryPoints.workbook(fromFuzzInput: bytes))
  FuzzCheck.loadSample(replacing: "values.csv", withBytes: bytes)
  return 0
}
