@_spi(Archive) import QualityKit

/// The DEFLATE decoder on raw bytes (output capped at 4 MiB), and the encoder on the same bytes:
/// inflating what `Deflate` made must give the input back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflate(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  _ = ArchiveEntryPoints.inflate(bytes, limit: 4 << 20)
  let packed = ArchiveEntryPoints.deflate(bytes)
  guard ArchiveEntryPoints.inflate(packed, size: bytes.count) == bytes else {
    fatalError("Inflate(Deflate(x)) != x for \(bytes.count) bytes")
  }
  return 0
}
