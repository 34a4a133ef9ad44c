import FuzzSupport

/// The values file through `DatasetLoader`, the bundled sample's other files beside it, in strict
/// and in collecting mode; every error, thrown or collected, is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  FuzzCheck.loadSample(
    replacing: "values.csv", with: UnsafeRawBufferPointer(start: start, count: count))
  return 0
}
