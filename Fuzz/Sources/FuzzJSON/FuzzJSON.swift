import Foundation
import FuzzSupport
@_spi(Fuzzing) import QualityKit

/// The JSON parser and the strict decoder, reading a pack document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let data = Data(UnsafeRawBufferPointer(start: start, count: count))
  do {
    try FuzzingEntryPoints.decodePackDocument(data, file: "fuzz.json")
  } catch {
    FuzzCheck.check(error)
  }
  return 0
}
