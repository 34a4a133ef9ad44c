import Foundation
import FuzzSupport
import QualityKit
import QualityRules

let loader = RulePackLoader(basePacks: DefaultPacks.all)

/// The pack loader: a pack file, full or extending a default pack, parsed, decoded and built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let data = Data(UnsafeRawBufferPointer(start: start, count: count))
  do {
    _ = try loader.load(data, file: "fuzz.json")
  } catch {
    FuzzCheck.check(error)
  }
  return 0
}
