@_spi(Archive) import QualityKit

/// The ZIP reader: open the bytes as an archive and unpack every entry (CRC, sizes and limits
/// checked); a refused archive is an answer, a crash or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  _ = ArchiveEntryPoints.readZip(bytes)
  return 0
}
